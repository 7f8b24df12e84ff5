# float methods and conversions.
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio())
print((0.1).as_integer_ratio())
print(float("3.14"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float(".5"))
print(float(7), float(True), float("1_000.25"))
for bad in ["", "abc", "1.2.3", "1e", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int(2.9), int(-2.9), int(1e17), int(123.456e2))
print(3.7 // 1, 3.7 % 1 < 0.71, -3.7 // 1)
print(2.5 + 1, 2.5 * 2, type(2.5 * 2).__name__, 5 / 2.5)
print((1.5).real, (1.5).imag, abs(-1.5), -1.5.__abs__())
print(1e300 * 1e10, 10.0 ** 308, 2.0 ** -1074)
try:
    int("1e5")
except ValueError as e:
    print("ValueError:", e)
print(float(2 ** 53), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(0.1 + 0.2 > 0.3, 1.0 == 1, hash(1.0) == hash(1), hash(0.0), hash(-0.0))
