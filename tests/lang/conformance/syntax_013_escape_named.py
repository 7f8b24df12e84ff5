# \N{...} named escapes for common characters.
chars = [
    "\N{LATIN SMALL LETTER A}",
    "\N{DIGIT ONE}",
    "\N{EURO SIGN}",
    "\N{BLACK STAR}",
    "\N{GREEK SMALL LETTER ALPHA}",
    "\N{SPACE}",
    "\N{latin capital letter b}",
]
for c in chars:
    print(repr(c), hex(ord(c)))
print("price: 5\N{EURO SIGN}")
print(len("\N{BLACK STAR}\N{BLACK STAR}"))
print("\N{DIGIT ONE}" == "1")
print("\N{GREEK SMALL LETTER ALPHA}".upper())
print(r"\N{EURO SIGN}")
