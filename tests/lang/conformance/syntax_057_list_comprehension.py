# List comprehensions with nested for and several ifs.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
words = ["apple", "Bob", "cat", "Dave"]
print([w.upper() for w in words if w[0].islower()])
print([c for c in "hello" if c not in "aeiou"])
print([i if i % 2 else -i for i in range(5)])
print([(i, c) for i, c in enumerate("ab")])
print([x for x in []], [[] for _ in range(2)])
print(sum([len(w) for w in words]))
