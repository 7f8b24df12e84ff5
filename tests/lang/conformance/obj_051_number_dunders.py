# The arithmetic and comparison dunders of int and float, called directly.
print((3).__add__(4), (3).__radd__(4), (3).__sub__(10), (3).__rsub__(10))
print((3).__mul__(2.5), (3).__add__(0.5), (2.5).__radd__(1), (2.5).__rmul__(2))
print((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(3), (7).__rmod__(30))
print((7).__divmod__(2), (7.5).__divmod__(2), (2).__pow__(10), (2).__rpow__(3))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (256).__rshift__(4))
print((5).__invert__(), (5).__neg__(), (-5).__abs__(), (5).__pos__(), (-2.5).__abs__())
print((1).__eq__(1), (1).__eq__(1.0), (1.0).__eq__(1), (1).__ne__(2), (1).__lt__("a"))
print((2.5).__gt__(2), (2).__le__(2), (2).__ge__(3), (2.0).__lt__(3))
print((2.567).__round__(2), (2.5).__round__(), (7).__round__(-1), (3.7).__trunc__())
print((3.7).__floor__(), (-3.2).__ceil__(), (0.0).__bool__(), (3).__bool__())
print((3).__add__("x"), (2.5).__mul__([1]), (3).__float__(), (3.9).__int__())
class Meters(int):
    def __add__(self, other):
        return Meters(super().__add__(other))
    def __repr__(self):
        return f"Meters({int(self)})"
    def __neg__(self):
        return Meters(super().__neg__())
m = Meters(5)
print(m + 2, 2 + m, -m, abs(-m), m * 2, m == 5, m < 6)
class Celsius(float):
    def __sub__(self, other):
        return Celsius(super().__sub__(other))
    def __repr__(self):
        return f"Celsius({float(self)})"
c = Celsius(21.5)
print(c - 1.5, c + 1, round(c), c.__gt__(20), c.__abs__())
print(int.__add__(2, 3), float.__mul__(1.5, 4.0), int.__lt__(1, 2))
