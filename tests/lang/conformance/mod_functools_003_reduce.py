# functools.reduce with and without an initial value.
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + b, [5]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(min, "hello"))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(lambda s, w: s + " " + w, ["reduce", "joins", "words"]))
steps = []
def trace(a, b):
    steps.append((a, b))
    return a - b
print(reduce(trace, [10, 1, 2, 3]), steps)
print(reduce(trace, [1, 2], 100))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
nested = {"a": {"b": {"c": 42}}}
print(reduce(lambda d, k: d[k], ["a", "b", "c"], nested))
