# Concatenation, repetition, comparison, iteration, len, in, ord/chr round trips.
s = "tulip"
print(s + "!", s * 2, 2 * s, s * 0 == "", s * -1 == "")
print(len(s), len(""), len("日本語"), len("😀"))
print([c for c in s], list("ab"), tuple("ab"))
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "é" > "z")
print(max("hello"), min("hello"), sorted("tulip"))
print(s[0] + s[-1], s.upper()[::2])
print("".join(reversed(s)), s[::-1] == "".join(reversed(s)))
print(str(123) + str(4.5) + str(None) + str(True) + str([1]))
print(ord("a"), chr(97), chr(ord("a") + 1), ord("€"), chr(8364), ord("😀"))
print(s.index("l"), s.count("l"), "l" in s, "z" not in s)
print(str.upper("x"), str.join("-", ["a", "b"]))
t = "x"
t += "y"
t *= 2
print(t)
print(repr("multi\nline"), "tab\tsep".expandtabs(4))
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
print(hash("a") == hash("a"), {"k": 1}["k"])
