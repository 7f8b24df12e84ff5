# itertools.combinations in lexicographic order.
from itertools import combinations
print(list(combinations([1, 2, 3, 4], 2)))
print(list(combinations("abcd", 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations("ab", 2)))
print(len(list(combinations(range(10), 4))))
coins = [1, 5, 10, 25, 25]
print(sorted({sum(c) for c in combinations(coins, 2)}))
pairs = [p for p in combinations(range(1, 8), 2) if sum(p) == 8]
print(pairs)
people = ["ann", "bob", "cy"]
for a, b in combinations(people, 2):
    print(f"{a} vs {b}")
print(list(combinations([3, 1, 2], 2)))
