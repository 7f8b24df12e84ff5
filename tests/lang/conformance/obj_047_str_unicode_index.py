# Strings are sequences of code points, not bytes.
s = "aé€😀日"
print(len(s), [ord(c) for c in s], [len(c.encode()) for c in s])
print(s[1], s[3], s[-1], s[1:4], s[::-1])
for i, ch in enumerate(s):
    print(i, ch, hex(ord(ch)))
print(chr(0x1F600) == "😀", chr(233), chr(0x65e5), ord(chr(0x10FFFF)))
print("😀" * 3, len("😀" * 3), "😀" in s, s.index("😀"))
print(s.upper(), s.encode("utf-8"))
print(sorted(s), max(s), min(s))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(repr("\U0001F600"), repr("😀") == repr("\U0001F600"))
