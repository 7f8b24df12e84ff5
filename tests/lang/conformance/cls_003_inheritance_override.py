# Single inheritance: overriding, extending, and inherited behaviour.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name}: {self.sides} sides, area {self.area()}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Shape("blob"), Rect(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())
print(issubclass(Square, Shape), isinstance(Square(1), Rect), isinstance(Rect(1, 1), Square))
print([c.__name__ for c in Square.__mro__])
print(Square.area is Rect.area, "area" in Square.__dict__)
