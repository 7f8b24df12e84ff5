# zfill, center, ljust, rjust with odd and even padding.
for s in ["42", "-42", "+42", "", "abc", "-"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
print(repr("ab".center(5)), repr("ab".center(5, "*")), repr("abc".center(6, "*")))
print(repr("a".center(4, "-")), repr("ab".center(6, "-")), repr("abc".center(2)))
print(repr("x".ljust(4)), repr("x".rjust(4)), repr("x".ljust(4, ".")), repr("x".rjust(4, "0")))
print(repr("long".ljust(2)), repr("long".rjust(2)))
print(repr("é".center(5, "·")), repr("日本".ljust(5, "_")))
rows = [("apple", 3), ("kiwi", 12), ("fig", 100)]
for name, qty in rows:
    print(name.ljust(8, ".") + str(qty).rjust(5))
print("|" + "title".center(20, "=") + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("3.5".zfill(6), "-3.5".zfill(6), "1e5".zfill(5))
