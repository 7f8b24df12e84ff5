# A small vector class combining many dunders.
import math
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(abs(self))
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, scalar):
        return Vector(self.x * scalar, self.y * scalar)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __neg__(self):
        return Vector(-self.x, -self.y)
v1, v2 = Vector(2, 4), Vector(2, 1)
print(v1 + v2, v1 * 3, 3 * v1, -v1)
print(abs(Vector(3, 4)), bool(Vector(0, 0)), bool(v1))
x, y = v1
print(x, y, list(v2), tuple(v1 + v2))
print(v1 == Vector(2, 4), v1 != v2, len({v1, Vector(2, 4), v2}))
print(sum([v1, v2, Vector(1, 1)], Vector(0, 0)))
print(sorted([v1, v2, Vector(0, 1)], key=abs))
print(Vector(0.1, 0.2) + Vector(0.2, 0.1))
