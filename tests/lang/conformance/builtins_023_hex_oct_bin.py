# hex, oct, bin of positive, negative, zero and large 64-bit values.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 1023, 9223372036854775807]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(3735928559), 16), int(oct(511), 8), int(bin(42), 2))
print(hex(255).upper(), hex(255)[2:].zfill(4), bin(5)[2:].rjust(8, "0"))
print(format(255, "x"), format(255, "o"), format(255, "b"), f"{255:#06x}")
print(bin(True), hex(False))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("101")
except TypeError as e:
    print("TypeError:", e)
print(bin(0b1010 ^ 0b0110), hex(0xff & 0x0f), oct(0o777 >> 3))
print([bin(i).count("1") for i in range(9)])
