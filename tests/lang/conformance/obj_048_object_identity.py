# object(), identity with is and id, and equality defaults.
a = object()
b = object()
print(a is a, a is b, a == a, a == b, a != b)
print(id(a) == id(a), id(a) == id(b), isinstance(id(a), int))
print(type(a).__name__, isinstance(a, object), isinstance(1, object), isinstance(None, object))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == q, p == p, p is not q, hash(p) == hash(p))
x = [1]
y = x
print(x is y, id(x) == id(y), x is [1], x == [1])
SENTINEL = object()
def lookup(d, key, default=SENTINEL):
    value = d.get(key, SENTINEL)
    if value is SENTINEL:
        return "missing" if default is SENTINEL else default
    return value
print(lookup({"a": None}, "a"), lookup({}, "a"), lookup({}, "a", 0))
print(issubclass(Plain, object), Plain.__bases__[0] is object)
print(object.__name__, str(type(object())))
try:
    a.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
