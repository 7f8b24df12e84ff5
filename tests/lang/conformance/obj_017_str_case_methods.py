# upper, lower, title, capitalize, swapcase, casefold.
s = "hello WORLD, it's a fine-day 2nite"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ABC".casefold(), "MiXeD".casefold())
print("they're bill's friends".title())
print("hello world".title(), "HELLO".title(), "o'neil mcdonald".title())
print("123abc".capitalize(), "ábc".capitalize(), "".upper())
print("a1b2".upper(), "A1B2".lower())
print("Title Case".istitle(), "Not title".istitle(), "UP".isupper(), "low".islower())
print("abc".isupper(), "ABC1".isupper(), "123".islower(), "a-b".islower())
names = ["alice", "BOB", "cHARLIE"]
print([n.capitalize() for n in names])
print(sorted(names, key=str.lower))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
