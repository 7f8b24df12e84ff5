# bytes literals and their repr.
b = b"abc"
print(b, type(b).__name__, len(b))
print(b"\x00\xff\n\t\\", b'it\'s', b"say \"x\"")
print(b'"', b"'", b"'\"")
print(B"upper", b'''triple''', b"a" b"b")
print(b[0], b[-1], b[1:], b[::-1])
print(list(b"\x00\x7f\x80"))
print(repr(b"\r\x7f\x80\x1b"))
print(b"" == bytes(), b"a" < b"b", b"ab" + b"cd", b"-" * 3)
print(b"abc" == "abc")
print(bytes([104, 105]), bytes(3), bytes("h\u00e9", "utf-8"))
print(b"caf\xc3\xa9".decode("utf-8"))
