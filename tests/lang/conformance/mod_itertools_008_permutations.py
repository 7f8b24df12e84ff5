# itertools.permutations with and without r.
from itertools import permutations
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)))
print(list(permutations("ab", 0)), list(permutations("ab", 3)), list(permutations([])))
print(["".join(p) for p in permutations("aab")])
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 2))))
print(sorted(set("".join(p) for p in permutations("aab"))))
best = min(permutations([(0, 0), (3, 0), (3, 4)]),
           key=lambda route: sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(route, route[1:])))
print(best)
print(next(permutations(range(4), 4)))
