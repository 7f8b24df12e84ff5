# All six comparison dunders and reflected comparison order.
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): print(f"eq {self.v} {o.v}"); return self.v == o.v
    def __lt__(self, o): print(f"lt {self.v} {o.v}"); return self.v < o.v
    def __le__(self, o): print(f"le {self.v} {o.v}"); return self.v <= o.v
    def __gt__(self, o): print(f"gt {self.v} {o.v}"); return self.v > o.v
    def __ge__(self, o): print(f"ge {self.v} {o.v}"); return self.v >= o.v
a, b = N(1), N(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
class Left:
    def __lt__(self, other):
        return NotImplemented
class Right:
    def __gt__(self, other):
        print("Right.__gt__ used for Left() < Right()")
        return True
print(Left() < Right())
class Sub(N):
    def __gt__(self, o):
        print("Sub.__gt__ preferred")
        return False
print(N(1) < Sub(5))
print(1 < 2 < 3, a < b < N(3))
