# rsplit, splitlines and partition.
path = "usr/local/lib/python3.11"
print(path.rsplit("/", 1), path.rsplit("/", 2), path.rsplit("/"))
print("a b  c".rsplit(), "a b  c".rsplit(None, 1), "a b c".rsplit(" ", 1))
print("a,b,c".rsplit(",", maxsplit=1))
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("trailing\n".splitlines(), "".splitlines(), "\n\n".splitlines())
print("no newline".splitlines())
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("nothing".partition("="), "nothing".rpartition("="))
filename = "archive.tar.gz"
name, dot, ext = filename.rpartition(".")
print(name, ext)
head, sep, tail = "a:b".partition(":")
print(repr(head), repr(sep), repr(tail))
print("x".rsplit(","), "".rsplit(","))
