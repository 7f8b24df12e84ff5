# \x, \u, \U and octal escapes; repr of printable and non-printable characters.
s = "\x41\u00e9\u03b1\u20ac\U0001F600"
print(s)
print(len(s), [ord(c) for c in s])
print(repr(s))
print(repr("\u00a0"), repr("\u200b"), repr("\xad"))
print(repr("caf\xe9"), "caf\u00e9" == "café")
print("\u0041\u0042" == "AB")
print(repr(chr(0x7f)), repr(chr(0x80)), repr(chr(0x9f)), repr(chr(0xa1)))
print(repr("\U00000041"))
print(ord("\N{LATIN SMALL LETTER A}") if True else 0)
euro = "\u20ac"
print(euro, hex(ord(euro)), euro.encode("utf-8"))
print(repr("\ud7ff"), repr("\ue000"))
print(repr("line\u2028sep"))
