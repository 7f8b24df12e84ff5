# dict and set comprehensions.
squares = {n: n * n for n in range(5)}
print(squares)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print({c: "aabccc".count(c) for c in "abc"})
print({k: v for k, v in zip("xyz", range(3)) if v})
print({x % 3 for x in range(10)})
print({n * 2 for n in [5, 1, 5, 3, 1]})
print(sorted({w.lower() for w in ["A", "a", "B"]}))
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
print({(i, j) : i + j for i in range(2) for j in range(2)})
print(len({x for x in "mississippi"}))
print({k: len(k) for k in ["one", "three", "seven"]})
