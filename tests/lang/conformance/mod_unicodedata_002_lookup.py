# unicodedata.lookup is the inverse of name.
import unicodedata
names = ["LATIN SMALL LETTER A", "DIGIT ONE", "BLACK STAR", "EURO SIGN",
         "GREEK SMALL LETTER ALPHA", "COPYRIGHT SIGN", "SPACE", "latin capital letter z"]
for n in names:
    ch = unicodedata.lookup(n)
    print(n, "->", repr(ch), hex(ord(ch)))
print(all(unicodedata.lookup(unicodedata.name(c)) == c for c in "Tulip €★α"))
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
print(unicodedata.lookup("DIGIT SEVEN") + unicodedata.lookup("DIGIT ZERO"))
