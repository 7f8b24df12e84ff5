# bool is a subclass of int with two instances.
print(True, False, repr(True), str(False))
print(type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(True + 1, False * 5, True / 2, -True, ~True, True // 1)
print(True == 1, False == 0, True is (1 == 1), True is True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(None), bool(()), bool({}), bool(set()), bool(range(0)))
print(int(True), float(False), str(True).upper())
print(sum([True, True, False, True]))
print([1, 2, 3][True], "ab"[False])
print(True & True, True | False, True ^ True, not True)
print(hash(True), hash(False))
d = {1: "one"}
d[True] = "true"
print(d)
print(bool("False"), bool("0"))
print(f"{True:>6}|{False!r}|{True:d}")
print(max(True, 0), min(False, -1))
class Z:
    def __bool__(self):
        return False
print(bool(Z()), not Z())
