# dict creation, access, update, delete, membership, equality.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, 1 in d)
d["c"] = 3
d["a"] = 10
print(d)
print(dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict(zip("ab", [1, 2])), dict())
print(dict({"a": 1}, b=2), dict.fromkeys("xy"), dict.fromkeys(["p", "q"], 0))
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == dict())
del d["b"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
print({(1, 2): "tuple", None: "none", 3.5: "float", "": "empty"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested["outer"]["inner"][-1])
print(repr({"q": "it's"}), str({1: None}))
