# encode to bytes and decode back.
for s in ["abc", "é", "€", "日本", "😀", "a\nb"]:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s)
print("abc".encode("ascii"), "abc".encode("utf-8"), "é".encode("utf8"))
print(b"\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"), b"caf\xc3\xa9".decode())
print("é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except ValueError as e:
    print("encode failed:", isinstance(e, ValueError))
try:
    b"\xff".decode("utf-8")
except ValueError as e:
    print("decode failed:", isinstance(e, ValueError))
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(list("€".encode()), bytes("€", "utf-8").hex())
print(str(b"abc", "ascii"), str(b"abc"))
