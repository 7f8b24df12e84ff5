# None: a singleton, falsy, with its own type.
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x != 0, bool(x))
def f():
    pass
print(f() is None, print("inner print") is None)
print([None, None], {None: "key"}, (None,))
print(None or "fallback", None and "never")
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d)
print(type(None)() is None)
print(f"{None}", "%s" % None, "{}".format(None))
results = [v for v in [1, None, 2, None] if v is not None]
print(results)
print(sorted([3, 1], key=None), max([1, 5], default=None), max([], default=None))
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
