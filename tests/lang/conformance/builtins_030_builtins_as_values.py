# Builtin functions are first-class values.
funcs = [len, str, repr, abs, bool, sorted, list, type]
for f in funcs:
    print(f.__name__, f([-3, 1]) if f not in (abs,) else f(-3))
table = {"upper": str.upper, "lower": str.lower, "title": str.title}
print({k: fn("hello WORLD") for k, fn in table.items()})
print(list(map(max, [1, 5], [4, 2])), list(map(min, [[3, 1], [2]])))
print(sorted(["bb", "a", "ccc"], key=len), max(["bb", "a"], key=len))
print(list(map(divmod, [7, 9], [2, 4])), list(map(round, [1.5, 2.5, 3.14159], [0, 0, 2])))
apply = lambda f, *a: f(*a)
print(apply(pow, 2, 8), apply(isinstance, 1, int), apply(getattr, "x", "upper")())
print(callable(len), len.__name__, type(len).__name__)
import math
print(list(map(math.sqrt, [1, 4, 9])), list(map(chr, range(97, 100))))
print(list(filter(bool, [0, 1, 2])), list(map(hex, [10, 255])))
