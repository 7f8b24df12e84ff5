# Uncaught AttributeError on a user instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)
print("distance:", (p.x ** 2 + p.y ** 2) ** 0.5)
print(p.zed)
print("never printed")
