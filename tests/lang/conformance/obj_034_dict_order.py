# dicts keep insertion order; updating a value keeps position; reinsertion moves to end.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 99
print(list(d))
d.pop("mid")
d["mid"] = 1
print(d)
merged = {**{"b": 1, "a": 2}, **{"c": 3, "b": 4}}
print(merged)
u = {"x": 1}
u.update({"w": 2, "x": 3})
print(u)
keys = [5, 3, 9, 1]
print({k: None for k in keys})
print(dict.fromkeys("hello"))
print(list({3: "c", 1: "a", 2: "b"}.items()))
print(dict(sorted({"b": 2, "c": 3, "a": 1}.items())))
first = next(iter(d))
print(first, list(d)[-1])
