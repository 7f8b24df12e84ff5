# repr vs str for the built-in types.
values = ["text", "it's", 'say "hi"', "both ' \"", "\n\t\\", "é", 0, -1.5, 1e16, 0.1,
          None, True, b"bytes", [1, "a"], ("t",), {"k": "v"}, {1, 2}, frozenset({3}),
          set(), range(2, 5), slice(1, 2), 2.0, float("nan"), -0.0, ...]
for v in values:
    print(str(v), "|", repr(v))
print(repr(repr("x")), str(str("x")))
print(str(), repr(""), str(b"x"), str(123456789012))
print(repr([[], [[]]]), repr({"a": {"b": {}}}))
print(repr(("a", "b")) == "('a', 'b')", str(["x"]) == repr(["x"]))
