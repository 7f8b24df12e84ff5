# 1 == 1.0 == True share a dict/set slot; hash of ints; int/float comparisons.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False}
print(s, len(s))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print(hash(5), hash(-5), hash(-1), hash(-2), hash(0), hash(2 ** 40))
print(hash(1.0), hash(2.0), hash(-1.0))
print(1 == 1.0, 1.0.is_integer(), 2 ** 53 == 2.0 ** 53)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print({1.5: "x"}[1.5], {2: "two"}[2.0])
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print([1, 2.0, True].count(1), [0, False, 0.0].index(False))
print(max(1, 1.0), max(1.0, 1), min(0, False), type(max(1, True)).__name__)
print(sorted([True, 0, 0.5, -1, 1.0]))
