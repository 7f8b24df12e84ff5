# int(), float(), bool() and str() as conversion functions.
print(int(), float(), bool(), str(), repr(str()))
print(int(7.9), int("7"), int(" -7 "), int(True), int("0b11", 2), int("11", base=2))
print(float(7), float("7.25"), float(" -7.5e-1 "), float(False), float("nan") != float("nan"))
print(bool(0), bool(0.0), bool("0"), bool([0]), bool(None), bool(-1e-300))
print(str(7), str(7.0), str(-0.0), str(None), str([None]), str(1e-7))
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 4.2
    def __index__(self):
        return 7
n = Num()
print(int(n), float(n), hex(n), bin(n), [10, 20, 30, 40, 50, 60, 70, 80][n])
class Str:
    def __str__(self):
        return "custom"
print(str(Str()), str(Str()).upper())
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
