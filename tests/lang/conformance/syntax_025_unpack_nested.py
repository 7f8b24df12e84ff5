# Nested unpacking in assignments and for loops; swapping.
pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (l1, l2) in pairs:
    print(n, l1, l2)
((a, b), (c, d)) = [[1, 2], [3, 4]]
print(a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
(first, *others), last = [1, 2, 3], 4
print(first, others, last)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
[a, [b, [c]]] = [1, [2, [3]]]
print(a + b + c)
points = [(0, 0), (3, 4)]
(x1, y1), (x2, y2) = points
print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
