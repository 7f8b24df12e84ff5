# Every standard single-character escape and its repr.
escapes = ["\\", "\'", "\"", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\x08", "\0"]
for e in escapes:
    print(repr(e), len(e), ord(e))
print("line1\nline2")
print("col1\tcol2")
print("a\\nb")
print(repr("\x00\x01\x1f\x7f"))
print(repr("mixed\t\n\r\\'\""))
print("unknown escape \d stays")
print(len("\d"), repr("\q"))
print("\101\102\103", repr("\1"), ord("\177"))
print("bell\a" == "bell\x07")
