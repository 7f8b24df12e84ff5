# itertools.product, including repeat=.
from itertools import product
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("xy", "12", "!")))
print(list(product()), list(product([])), list(product("ab", [])))
print(len(list(product(range(4), repeat=3))))
print(["".join(p) for p in product("HT", repeat=2)])
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({total: dice.count(total) for total in range(2, 13)})
print(list(product(range(2), "ab", repeat=2))[:5])
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)
