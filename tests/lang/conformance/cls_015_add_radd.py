# __add__ and reflected __radd__; sum() starts from 0 and needs __radd__.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        print(f"__add__({self}, {other!r})")
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return Vec(*(a + other for a in self.c))
        return NotImplemented
    def __radd__(self, other):
        print(f"__radd__({self}, {other!r})")
        return self + other
    def __repr__(self):
        return f"Vec{self.c}"
a, b = Vec(1, 2), Vec(10, 20)
print(a + b)
print(a + 1)
print(1 + a)
print(sum([a, b]))
print(sum([a, b], Vec(0, 0)))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)
