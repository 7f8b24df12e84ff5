# collections.namedtuple: fields, repr, indexing, unpacking, equality with tuples.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, tuple(p), list(p))
print(p == (3, 4), p == Point(3, 4), p < Point(3, 5), isinstance(p, tuple))
print(Point(x=1, y=2), Point(5, y=6))
City = namedtuple("City", "name country population")
c = City("Tokyo", "JP", 36.9)
print(c, c.population, City._fields)
print(type(p).__name__, Point.__name__)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
cities = [City("Oslo", "NO", 0.7), City("Lima", "PE", 10.7), City("Rome", "IT", 4.3)]
print(sorted(cities, key=lambda c: c.population)[0].name)
print(max(cities, key=lambda c: c.population))
print({Point(0, 0): "origin"}[Point(0, 0)], Point(1, 2) + Point(3, 4))
