# string.capwords compared with str.title.
import string
samples = ["hello world", "they're bill's friends", "  leading and   multiple   spaces ",
           "ALREADY UPPER", "mIxEd cAsE", "tab\tseparated\nlines", "", "o'neil-smith jr."]
for s in samples:
    print(repr(string.capwords(s)), repr(s.title()))
print(string.capwords("a-b c-d", "-"))
print(string.capwords("one,two,three", ","))
print(string.capwords("x y", " "))
print(string.capwords("élan vital"), "élan vital".title())
print(" ".join(w.capitalize() for w in "join  them".split()))
