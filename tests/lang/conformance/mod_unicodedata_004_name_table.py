# A name table for ASCII letters and digits, plus a few symbols by name lookup.
import unicodedata
rows = []
for ch in "Az09":
    rows.append((ch, unicodedata.name(ch)))
for ch, name in rows:
    print(f"{ch!r:>5} {name}")
by_name = {unicodedata.name(c): c for c in map(chr, range(0x20, 0x7f))}
print(len(by_name), by_name["COMMERCIAL AT"], by_name["TILDE"], by_name["REVERSE SOLIDUS"])
print(sorted(n for n in by_name if "BRACKET" in n))
symbols = ["BLACK STAR", "WHITE STAR", "EURO SIGN", "DEGREE SIGN"]
print("".join(unicodedata.lookup(s) for s in symbols))
print([unicodedata.name(c) for c in "<=>"])
