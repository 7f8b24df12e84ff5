# Uncaught exception with an empty message: the last line is just the class name.
def lookup(d, k):
    if k not in d:
        raise KeyError
    return d[k]

d = {"a": 1}
print(lookup(d, "a"))
print(lookup(d, "b"))
print("never printed")
