# sum with start=, floats, empty iterables, and generators.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], start=100))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 2.5]))
print(sum(range(101)), sum(x * x for x in range(10)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([True, True, False]), sum({1: "a", 2: "b"}), sum({3, 4}))
print(sum([1e16, 1.0, -1e16]), sum([-0.0]), sum([-0.0], -0.0))
print(sum(d["v"] for d in [{"v": 1}, {"v": 2}]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]) / len([1, 2, 3]), sum(range(1, 11)) // 10)
print(sum(map(len, ["ab", "cde"])), sum(i for i in range(1000000) if i % 99999 == 0))
