# Arbitrary-precision integers (this file goes beyond 64 bits on purpose).
big = 2 ** 100
print(big, big + 1, big * big)
print(2 ** 63, 2 ** 64, -2 ** 63 - 1)
print(9223372036854775807 + 1)
print(10 ** 30 // 7, 10 ** 30 % 7, divmod(-10 ** 25, 12345))
print(hex(2 ** 80), bin(2 ** 70).count("0"))
print(int("123456789012345678901234567890") * 3)
print((2 ** 100).bit_length(), len(str(3 ** 200)))
a = 1
for i in range(1, 31):
    a *= i
print(a)
print(a // (2 ** 64), a % (2 ** 64))
print(pow(3, 100, 2 ** 64 + 13))
print(-(2 ** 70) >> 3, (2 ** 70) & (2 ** 69 + 5), ~(2 ** 65))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 1e19)
print(float(2 ** 100), int(1e25))
