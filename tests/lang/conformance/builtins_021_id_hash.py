# id() only compared for identity; hash() of ints, bools, floats equal to ints, tuples of ints.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__)
x = None
print(id(x) == id(None), id(print) == id(print))
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(-12345))
print(hash(True), hash(False), hash(1.0), hash(2.0), hash(-1.0), hash(0.0))
print(hash(2 ** 40), hash(-(2 ** 40)), hash(10 ** 15))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset({1})) == hash(frozenset([1])))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"))
for unhashable in ([], {}, set()):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 99
print(hash(H()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
