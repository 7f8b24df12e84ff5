# sorted: key=, reverse=, stability, keys that are tuples, mixed numbers.
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: r[1], reverse=True))
print(sorted(data, key=lambda r: (r[1], r[0])))
print(sorted(data, key=lambda r: (-r[1], r[0])))
print(sorted([3, -1, 2, -5], key=abs), sorted([3, -1, 2, -5], key=abs, reverse=True))
print(sorted("Hello World"), sorted("Hello World", key=str.lower))
print(sorted({"b": 2, "a": 1}), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted(range(10), key=lambda n: n % 3))
print(sorted([], key=len), sorted("a"), sorted((2, 1)))
print(sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0])
print(stable)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
