# tuples: creation, repr, immutability, methods, comparison and packing.
t = (1, 2, 3)
single = (1,)
not_tuple = (1)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__)
print(1, 2, (3,), tuple(), tuple("ab"), tuple([1, [2]]))
packed = 1, "a", None
print(packed, len(packed))
print(t + (4,), t * 2, t[1:], t[::-1], t.index(2), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], 2 in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
a, b, c = t
print(a, b, c, max(t), min(t), sum(t), sorted((3, 1, 2)))
print(repr((("a",),)), str(("x", 1.5)))
