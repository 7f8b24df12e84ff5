# join and split, with and without separators and maxsplit.
print(",".join(["a", "b", "c"]), "".join("xyz"), " - ".join(("1", "2")))
print("|".join([]), "|".join(["solo"]))
print(", ".join(str(n) for n in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,c".split(",", 1), "a,b,c".split(",", maxsplit=0))
print("".split(), "".split(","), "   ".split())
print("a--b--c".split("--"), "abc".split("abc"))
print("1 2 3".split(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
words = "one two three two one".split()
print(words, len(words), words.count("two"))
csv = "name=Ann;age=30;city=Oslo"
print(dict(pair.split("=") for pair in csv.split(";")))
print("é,ü,ö".split(","), "x\u3000y".split())
