# int arithmetic, comparisons and methods within 64 bits.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a)
print(abs(-42), divmod(a, b), pow(a, 2), pow(2, 10, 1000))
print((1024).bit_length(), (-1).bit_length(), (0).bit_length())
print(int(), int(0), int(-0), 0 == -0)
print(10 == 10.0, type(10) is int, 3 < 3.5 < 4)
print(type(2 ** 10).__name__, type(2 ** -1).__name__, type(10 / 2).__name__)
print(int.__name__, isinstance(5, int), isinstance(5.0, int))
print(7 .real, (7).numerator, (7).denominator)
print(1_000_000 // 3, 1_000_000 % 3)
print(max(3, 9, -1), min(3, 9, -1))
x = 12345
digits = []
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits[::-1])
print(sum(range(1, 101)), 2 ** 31, 2 ** 32, 2 ** 62)
print(int("-0"), int("+15"), int("  42\n"))
print(str(255), repr(-7), f"{-7}")
