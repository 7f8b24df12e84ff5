# isinstance and issubclass with builtin types, tuples and the numeric tower basics.
print(isinstance(1, int), isinstance(1, float), isinstance(1, (float, int)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance(b"s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(frozenset(), set), isinstance(range(1), range), isinstance(None, type(None)))
print(isinstance(len, type(len)), isinstance(int, type), isinstance(3, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(float, int))
print(issubclass(list, object), issubclass(type, object), issubclass(object, type))
print(issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, (list, tuple, set)):
        return "collection"
    return "other"
print([describe(v) for v in [True, 2, 2.5, "s", b"b", [1], (1,), {1}, {}, None]])
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
