# bytes: the common methods and behaviours.
b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"World", b"Tulip"))
print(b.startswith(b"Hell"), b.endswith(b"ld"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.index(b"W"), b"World" in b, 72 in b, b[0], b[-1], b[:5])
print(b"  pad  ".strip(), b"xxaxx".strip(b"x"), b"a b  c".split(), b"-".join([b"a", b"b"]))
print(b.decode(), b.hex(), bytes.fromhex("48 69"), b"".hex())
print(list(b[:3]), bytes(b[:3]), len(b), b * 2 == b + b)
print(bytes(range(65, 70)), bytes([0, 255]), bytes(2))
print(b"abc" < b"abd", b"a" == b"a", b"ab" + b"cd", sorted(b"cab"))
print(b"hello".title(), b"HeLLo".swapcase(), b"123".isdigit(), b"abc".isalpha())
print(b"a,b,,c".split(b","), b"line1\nline2".splitlines())
print(b"%s=%d" % (b"x", 5), b"abc".center(7, b"*"), b"7".zfill(3))
print(repr(b"\x00\t\n\r\x7f\x80\xff'"), repr(b'"'), repr(b"'\""))
for byte in b"hi":
    print(byte, chr(byte))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
