# Annotated assignments behave like plain assignments; annotations have no effect.
x: int = 5
print(x)
name: str = "tulip"
print(name)
y: float = "not checked"
print(y)
values: list = [1, 2]
values.append(3)
print(values)
def area(w: float, h: float = 2.0) -> float:
    result: float = w * h
    return result
print(area(3), area(3, 4))
class Point:
    x: int = 0
    y: int = 0
    label: str
    def __init__(self, x: int, y: int) -> None:
        self.x: int = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.x, hasattr(Point, "label"))
count: int
count = 3
print(count)
