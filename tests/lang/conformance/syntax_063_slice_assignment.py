# Slice assignment and deletion on lists, including extended slices.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[::2] = ["e", "e", "e"]
print(a)
try:
    a[::2] = [0]
except ValueError as e:
    print("ValueError:", e)
a[::-1] = [9, 8, 7, 6, 5]
print(a)
a[1:4] = []
print(a)
del a[:]
print(a)
b = [1, 2, 3]
alias = b
b[:] = "ab"
print(b, alias, b is alias)
c = list(range(10))
del c[1::3]
print(c)
c[-2:] = range(3)
print(c)
