# itertools.repeat with and without times.
from itertools import repeat, islice
print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -2)))
print(list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", repeat(0))))
print(list(map(lambda a, b: a * b, [1, 2, 3], repeat(10))))
r = repeat([1])
a, b = next(r), next(r)
a.append(2)
print(a, b, a is b)
print(dict(zip(["k1", "k2"], repeat("default"))))
grid = [list(repeat(".", 4)) for _ in range(2)]
grid[0][1] = "#"
print(grid)
print(sum(repeat(5, 10)), "".join(repeat("ab", 3)))
