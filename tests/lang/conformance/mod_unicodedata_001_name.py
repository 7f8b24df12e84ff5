# unicodedata.name for common characters.
import unicodedata
for ch in "aA1 ~€★☆αΩé©°½":
    print(repr(ch), hex(ord(ch)), unicodedata.name(ch))
print(unicodedata.name("\u00e7"), unicodedata.name("-"), unicodedata.name("_"))
print(unicodedata.name("\u2014"), unicodedata.name("\u00bf"))
print(unicodedata.name("\x00", "no name"), unicodedata.name("\n", None))
try:
    unicodedata.name("\x07")
except ValueError as e:
    print("ValueError:", e)
