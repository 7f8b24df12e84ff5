# abs, divmod and pow (including the three-argument form and negative exponents).
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(True), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 3), divmod(1, 0.3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(-8, 2), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(5, 0, 1), pow(7, 2, -5))
print(pow(3, -1, 7), pow(38, -1, 97), (pow(38, -1, 97) * 38) % 97)
print(pow(2, 0.5), pow(4, 0.5), 2 ** 62 // pow(2, 31))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
for args in [(1, 0), (1.5, 0), (5, 0.0)]:
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
