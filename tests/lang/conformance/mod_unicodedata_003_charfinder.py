# A tiny charfinder: search character names by words over a bounded range.
import unicodedata
def find(*words, start=32, end=256):
    query = {w.upper() for w in words}
    for code in range(start, end):
        char = chr(code)
        name = unicodedata.name(char, None)
        if name and query <= set(name.replace("-", " ").split()):
            yield f"U+{code:04X}\t{char}\t{name}"
for line in find("sign"):
    print(line)
print("--")
for line in find("capital", "e"):
    print(line)
print("--")
print(list(find("digit", "nine")), list(find("nothing", "matches")))
