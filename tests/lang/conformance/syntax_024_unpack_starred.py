# Tuple and list unpacking with one starred target.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
[x, y] = "xy"
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
*everything, = (7, 8)
print(everything)
head, *tail = [9]
print(head, tail)
for key, *vals in [("a", 1, 2), ("b",), ("c", 3)]:
    print(key, vals)
a, b = b, a = 1, 2
print(a, b)
x, y, z = {"one": 1, "two": 2, "three": 3}
print(x, y, z)
m, n = divmod(17, 5)
print(m, n)
