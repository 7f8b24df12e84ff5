# enumerate with start, over various iterables, unpacking.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=1)))
print(list(enumerate("ab", 10)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=-1)))
print(dict(enumerate("xyz")))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
print([(i, k) for i, k in enumerate({"b": 1, "a": 2})])
for n, (a, b) in enumerate([(1, 2), (3, 4)], start=100):
    print(n, a + b)
lines = ["first", "second", "third"]
for lineno, line in enumerate(lines, 1):
    print(f"{lineno:>3}: {line}")
print(list(enumerate(enumerate("ab"))))
