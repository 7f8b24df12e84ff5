# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before last"); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count("zzz"))
a.reverse(); print(a)
b = a.copy(); b.append("only b"); print(len(a), len(b))
b.clear(); print(b)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 3, 3 * [None], [1, 2] * 0)
print(len([]), [1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
print(list(range(3)), list("abc"), list((1, 2)), list({"k": 1}), list())
print([1, 2, 3].index(3, 1), [5, 5, 5].index(5, 1, 3))
