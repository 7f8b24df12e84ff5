# round(): banker's rounding for ints and floats, ndigits positive and negative.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005):
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(35.0, -1), round(45.0, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-7, -1), type(round(7, 2)).__name__)
print(round(2.5, 0), round(-2.5, 0), round(0.0, 3), round(-0.001, 2))
print(round(1e16 + 1.0), round(123.456, 10), round(0.1 + 0.2, 1))
print(round(5e-324, 400), round(1.23456789, 5), round(9.995, 2), round(9.9951, 2))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(True), round(-0.5000001), round(12.5, -1), round(17.5, -1))
