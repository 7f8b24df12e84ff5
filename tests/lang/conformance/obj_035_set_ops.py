# set operators on small ints (deterministic order) and sorted strings.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print({1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({9, 10}), a.isdisjoint(b))
print(set(), {0}, set([3, 1, 2, 1]), set(range(5)), set("aab") == {"a", "b"})
print(len(a), 3 in a, 9 not in a, {1, 2} == {2, 1}, {1} == {1.0})
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words | {"kiwi"}), sorted(words & {"fig", "plum"}))
print(sorted({c for c in "mississippi"}))
print({x * x for x in range(-3, 4)})
c = a.copy()
c |= {10}
c &= {1, 10, 3}
print(c)
c -= {1}
c ^= {3, 11}
print(c)
