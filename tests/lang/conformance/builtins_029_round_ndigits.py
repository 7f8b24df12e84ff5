# round() with ndigits on floats that are not exactly representable.
for x in [0.125, 0.375, 2.675, 1.005, 0.045, 1.115, 5.015, 8.345, 0.5, 1.5, 2.5, -2.5]:
    print(x, round(x, 2), round(x, 1), round(x))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-123.456, -2))
print(round(1e15 + 0.5), round(4.5), round(5.5), round(-4.5), round(-5.5))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1 / 3, 5), round(2 / 3, 5), round(1e-7, 5), round(-1e-7, 5))
print(round(12, 1), round(12, -1), round(15, -1), round(-15, -1), round(150, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2, 0)).__name__)
print(round(99.995, 2), round(0.285, 2), round(1.45, 1), round(2.45, 1))
