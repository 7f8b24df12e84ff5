# list(), tuple(), dict(), set(), frozenset() from iterables and generators.
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1}), list({3}))
print(list(x * 2 for x in range(3)), list(map(abs, [-1, -2])), list(b"AB"))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(range(2)), tuple({"k": 0}))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", "AB")))
print(dict({"a": 1}, a=2), dict([["k", "v"]]), dict((i, i * i) for i in range(3)))
print(set(), set([1, 2, 2]), set("aa"), set(range(3)), set({1: 2}), set((4, 4)))
print(frozenset(), frozenset([2, 1]), frozenset(range(2)))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
l1 = [1, 2]
l2 = list(l1)
l2.append(3)
print(l1, l2, l1 is l2)
print(list(list(list("ab"))), tuple(tuple([1])))
