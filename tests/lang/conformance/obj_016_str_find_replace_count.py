# find, rfind, index, rindex, count, replace.
s = "hello world, hello tulip"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"))
print(s.find("o", 5, 10), s.find(""), s.find("", 100), s.rfind(""))
print(s.index("world"), s.rindex("l"))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), "aaaa".count("aa"), "abc".count(""), s.count("l", 0, 5))
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("x", "y"))
print("a.b.c".replace(".", ""), "mississippi".replace("ss", "SS", 1))
print("café".find("é"), "naïve café".count("é"), "日本語".find("語"))
print("tulip" in s, s.startswith("hello"), s.endswith("tulip"))
print(s.startswith(("bye", "hello")), s.endswith(("x", "y")), s.startswith("world", 6))
print("abc".startswith(""), "".endswith(""), "abc".endswith("bc", 0, 3), "abc".endswith("b", 0, 2))
