# keys(), values(), items() views: repr, dynamic, set operations on keys.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(k, v, i, len(k))
print(list(k), list(v), list(i))
print("a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}))
for key, value in d.items():
    print(key, value)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(sorted(d, reverse=True), sum(d.values()), max(d, key=d.get))
e = {}
print(e.keys(), e.values(), e.items())
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e2:
    print("RuntimeError:", e2)
