# bytes() from an int, an iterable of ints, a str with an encoding, and bytes.
print(bytes(), bytes(0), bytes(4), bytes([72, 105]), bytes(range(3)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"copy"))
print(bytes((0x41, 0x42)), bytes(x for x in [97, 98]), bytes(b"ba"))
print(list(bytes("é", "utf-8")), len(bytes(10)), bytes(3) == b"\x00\x00\x00")
for bad in ([256], [-1]):
    try:
        bytes(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    bytes("no encoding")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes(["a"])
except TypeError as e:
    print("TypeError:", e)
data = "data to send\n".encode()
print(data, type(data).__name__, data.decode().strip())
print(bytes([104, 101, 108, 108, 111]).decode("ascii"))
