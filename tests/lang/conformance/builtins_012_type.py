# type(): the class of an object, comparisons of types, type of types.
values = [0, 0.0, "", b"", [], (), {}, set(), frozenset(), None, True, range(0), print, type]
print([type(v).__name__ for v in values])
print(type(1) is int, type(True) is bool, type(True) is int, type(1) == type(2))
print(type(int), type(type), type(object), type(None).__name__)
class A: pass
class B(A): pass
print(type(B()) is B, type(B()) is A, type(B()).__name__, type(A).__name__)
print(type(3)(4.9), type("x")(12), type([])("ab"), type(())([1]), type({})(a=1))
print(type(1.5)("2.5") + 1, type(b"")([65]), type(True)(""))
t = type(B())
print(t.__name__, t.__mro__[1].__name__)
kinds = {int: "integer", str: "string", list: "list"}
for v in [1, "s", [2], 2.0]:
    print(repr(v), kinds.get(type(v), "other"))
print(isinstance(type, object), type(len).__name__)
