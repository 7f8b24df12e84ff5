# __eq__ defines == and (by default) !=; NotImplemented falls back to identity.
class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.cur) == (other.amount, other.cur)
    __hash__ = None
a, b, c = Money(5, "EUR"), Money(5, "EUR"), Money(5, "USD")
print(a == b, a != b, a == c, a != c, a is b)
print(a == 5, 5 == a, a != "x")
print(a in [c, b], [a] == [b], (a,) == (c,))
class Always:
    def __eq__(self, other):
        print("Always.__eq__ called")
        return True
print(Always() == 1, 1 == Always())
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n == n, n != n, n in [n])
print([1, 2].index(2), [Money(1, "X"), a].index(b))
class Ne:
    def __ne__(self, other):
        return "custom ne"
print(Ne() != 1, Ne() == Ne())
