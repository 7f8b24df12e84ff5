# int <-> bytes and base conversions, bit operations, bytes.hex / fromhex.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (65535).to_bytes(4, byteorder="big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes([1, 2], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int(" 42 "), int("-0"), int("1_000"), int("+7"))
for bad, base in [("12", 2), ("0x", 16), ("", 10), ("9", 8)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (255).bit_count())
print(bin(10), oct(64), hex(255), hex(-255), format(255, "#010b"), format(255, "x"))
data = bytes([0, 15, 255, 128])
print(data.hex(), data.hex(":"), bytes.fromhex("00 0f ff"), bytes.fromhex("DEADbeef"))
print(list(b"AZ"), b"AZ"[0], b"AZ"[-1:], bytes(3), bytes("hé", "utf-8"))
print(b"abc".upper(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"ab" * 2)
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"))
print((5).__index__(), (True).__index__(), int(True), (3).numerator, (3).denominator)
print(divmod(-7, 2), -7 // 2, -7 % 2, pow(3, 4, 5), pow(2, -1, 7))
