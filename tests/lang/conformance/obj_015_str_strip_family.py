# strip, lstrip, rstrip with and without characters; removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("abcba".strip("ab"), "abcba".strip("c"), "aaa".strip("a") == "")
print(repr("\u3000wide space\u3000".strip()))
print(repr("\xa0nbsp\xa0".strip()))
print("--==text==--".strip("-="))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("name".removeprefix("x"), "name".removesuffix(""))
lines = ["  a  ", "\tb\n", "c"]
print([l.strip() for l in lines])
print(repr("".strip()), repr("   ".strip()))
print("12300".rstrip("0"), "0.500".rstrip("0").rstrip("."), "5.000".rstrip("0").rstrip("."))
