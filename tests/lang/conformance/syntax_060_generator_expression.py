# Generator expressions: lazy, single use, sole argument without extra parentheses.
g = (n * n for n in range(4))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(n for n in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(", ".join(str(i) for i in range(5)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "ab1"))
evaluated = []
def src():
    evaluated.append("source")
    return [1, 2, 3]
lazy = (x + 1 for x in src())
print(evaluated)
print(list(lazy))
pipeline = (x for x in range(10) if x % 2)
doubled = (x * 2 for x in pipeline)
print(list(doubled))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(dict((k, len(k)) for k in ["aa", "b"]))
