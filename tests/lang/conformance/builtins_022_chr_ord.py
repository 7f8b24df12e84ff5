# chr and ord across ASCII, Latin-1, BMP and astral planes.
for cp in [0, 9, 10, 32, 48, 65, 97, 126, 127, 160, 233, 255, 256, 945, 8364, 9733, 65535, 128512]:
    print(cp, repr(chr(cp)), ord(chr(cp)) == cp)
print(ord("A"), ord("a") - ord("A"), chr(ord("a") - 32))
print("".join(chr(c) for c in range(65, 91)))
print([ord(c) for c in "Héllo€"])
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"A"), ord("\n"), chr(0x41) + chr(0x42))
