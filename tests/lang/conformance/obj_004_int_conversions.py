# int() from strings with bases, from floats, and the reverse.
print(int("42"), int("-42"), int(" 7 "), int("0042"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("11", 2), int("0b11", 0))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e15))
print(int(True), int(False))
for bad in ["", "abc", "1.5", "0x", "1 2", "--1", "1_", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(hex(3735928559), oct(511), bin(10), hex(0), bin(-1))
print(format(255, "x"), format(255, "#X"), format(5, "08b"))
