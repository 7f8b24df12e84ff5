# with statements with one or several items; enter/exit order.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Res("a") as a:
    print("body", a)
with Res("x") as x, Res("y") as y:
    print("body", x, y)
with Res("p"), Res("q") as q:
    print("body", q)
with (Res("m") as m,
      Res("n") as n):
    print("parenthesized", m, n)
try:
    with Res("outer"), Res("inner"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
def f():
    with Res("ret"):
        return "returned"
print(f())
