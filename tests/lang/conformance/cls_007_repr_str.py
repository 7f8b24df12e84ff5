# __repr__ and __str__: print/str use __str__, containers and !r use __repr__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "a")
print(p)
print(str(p), repr(p))
print([p, p], (p,), {"k": p})
print(f"{p} {p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), f"{OnlyStr()}")
class Child(Point):
    pass
print(Child(3, 4), repr(Child(3, 4)))
class Dynamic(Point):
    def __repr__(self):
        return f"{type(self).__name__}<{self.x}>"
print(repr(Dynamic(9, 0)), Dynamic(9, 0))
