# Values at the signed 64-bit boundary (no result goes beyond it).
MAX = 9223372036854775807
MIN = -MAX - 1
print(MAX, MIN)
print(MAX == (2 ** 62 - 1) * 2 + 1, MIN == -(2 ** 62) * 2)
print(MIN + 1, MAX - 1, -MAX)
print(MAX // 2, MAX % 10, MIN // 2, MIN % 10)
print(MAX // -1, MIN // MAX, MIN % MAX)
print(hex(MAX), bin(MAX).count("1"), MAX.bit_length(), MIN.bit_length())
print(str(MAX)[-5:], len(str(MIN)))
print(MAX > 1e18, MAX == float(MAX), float(MAX))
print(int("9223372036854775807"), int("-9223372036854775808"))
print(3037000499 * 3037000499, 3037000499 * 3037000499 < MAX)
print(abs(MIN + 1), divmod(MAX, 1000000007))
print(MAX >> 32, MAX >> 63, MIN >> 63, 1 << 62)
print(4611686018427387904 + 4611686018427387903)
