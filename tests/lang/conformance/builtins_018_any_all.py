# any and all, with short-circuiting on generators.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any([0, 1]), all([1, 0]), any("abc"), all(""), all([[]]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(x) for x in [3, 4, 1, 9]), checked)
words = ["Apple", "Banana", "cherry"]
print(all(w[0].isupper() for w in words), any(w.startswith("B") for w in words))
print(any({0: "a"}), all({1: 0}), any(map(str.isdigit, "ab3")))
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(all(row) for row in grid))
print(type(any([])).__name__, any([None, 0.0, 0, ()]))
