# vars() of instances, classes (filtered) and its live dict.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
v = vars(p)
v["z"] = 3
print(p.z, vars(p) is p.__dict__)
p.w = 0
print(vars(p), list(vars(p)))
print(sorted(k for k in vars(Point) if not k.startswith("__")))
print(vars(Point)["dims"], "x" in vars(Point))
def f():
    pass
f.tag = "t"
print(vars(f))
for bad in (5, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
print({k: v for k, v in vars(p).items() if k in "xy"})
