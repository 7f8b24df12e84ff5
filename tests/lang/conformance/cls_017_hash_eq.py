# __hash__ with __eq__ for dict keys and set members; __eq__ alone makes a class unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, Point(9, 9) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(1, 0), "none"))
print(hash(Point(1, 2)) == hash(Point(1, 2)))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print({p: 1}[p], p in {p}, len({Plain(), Plain()}))
class ConstHash:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.name == o.name
s = {ConstHash("a"), ConstHash("b"), ConstHash("a")}
print(len(s), sorted(x.name for x in s))
print(hash(7), hash(-1), hash(True), hash(0))
