# isdigit, isalpha, isspace, isalnum, isdecimal, isnumeric, isidentifier, isprintable.
samples = ["123", "12.5", "abc", "abc123", "", " ", " \t\n", "é", "αβ", "٣٤",
           "²", "½", "日本", "A_1", "_x", "1x", "hello world", "\u3000", "\xa0", "\x00"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(),
          s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable())
print(int("٣٤"), int("１２"), float("٣.٥"))
print(all(c.isdigit() for c in "2024"), any(c.isspace() for c in "no_space"))
print("Hello".isascii(), "héllo".isascii(), "".isascii())
print([c for c in "a1 é٣_" if c.isalnum()])
print(sum(1 for c in "tab\there\n" if c.isspace()))
