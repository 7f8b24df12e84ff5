# Indexing and slicing of lists, tuples, strings and ranges.
s = "abcdefgh"
lst = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[:], s[-3:])
print(s[::2], s[1::2], s[100:], s[-100:2], s[3:1])
print(lst[2:8:3], lst[-1:], lst[:-1])
print(lst[::], lst[1:-1:2])
t = (1, 2, 3, 4)
print(t[1:3], t[-2:], t[::-1])
r = range(0, 20, 2)
print(r[3], r[-1], r[2:5], r[::-1], list(r[2:5]))
print(s[slice(2, 4)], lst[slice(None, None, 3)])
sl = slice(1, 7, 2)
print(sl, sl.start, sl.stop, sl.step)
print(sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
d = {(1, 2): "tuple key"}
print(d[1, 2], d[(1, 2)])
grid = [[1, 2], [3, 4]]
print(grid[1][0], grid[-1][-1])
print("héllo"[1], "héllo"[1:3])
