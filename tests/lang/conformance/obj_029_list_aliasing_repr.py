# Aliasing, shallow copies, nested repetition and self-referencing lists.
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
outer = [[1, 2], [3]]
shallow = outer[:]
shallow[0].append(99)
shallow.append([4])
print(outer, shallow)
copy2 = list(outer)
print(copy2 == outer, copy2 is outer, copy2[0] is outer[0])
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
print(repr([1, "a", 2.5, None, True, [], {}, ()]))
print(str(["quote's", 'dq"', "\n"]))
