# range objects: repr, len, indexing, slicing, membership, equality.
r = range(10)
print(r, range(2, 8), range(0, 20, 5), range(5, 0, -1), range(3, 3))
print(len(r), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)))
print(r[0], r[-1], r[3:6], r[::2], r[::-1], r[-3:])
print(list(range(0, -10, -3)), list(range(-2, 3)), list(range(5, 5)))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(0, 10, 2).index(4), range(5).count(3), range(0) == range(2, 2))
print(range(0, 3) == range(0, 4, 1)[:3], range(1) == range(1), range(0, 5, 2) == range(0, 6, 2))
print(sum(range(1, 11)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(range(10)[2:8:3], list(range(10)[2:8:3]))
print(r.start, r.stop, r.step, range(1, 9, 4).step)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
big = range(0, 9223372036854775807, 1000000007)
print(len(big), big[-1], 1000000007 * 5 in big)
print(type(r).__name__, bool(range(0)), bool(range(1)))
