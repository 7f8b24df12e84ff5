# Bitwise operators on positive and negative ints (two's complement semantics).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(-5 >> 1, -1 >> 10, -16 >> 2, 5 >> 10)
print(1 << 62, (1 << 62) >> 61)
print(~0, ~1, ~-1)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
print(6 & -6, 12 & -12)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [i for i in range(8) if flags >> i & 1])
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
