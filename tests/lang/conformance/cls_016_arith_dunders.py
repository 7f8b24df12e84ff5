# Arithmetic dunders: sub, mul, rmul, truediv, floordiv, mod, pow, neg, pos, abs, iadd.
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self): return f"M({self.v})"
    def __sub__(self, o): return M(self.v - (o.v if isinstance(o, M) else o))
    def __rsub__(self, o): return M(o - self.v)
    def __mul__(self, o): return M(self.v * o)
    def __rmul__(self, o): return M(o * self.v * 1000)
    def __truediv__(self, o): return M(self.v / o)
    def __floordiv__(self, o): return M(self.v // o)
    def __mod__(self, o): return M(self.v % o)
    def __pow__(self, o): return M(self.v ** o)
    def __neg__(self): return M(-self.v)
    def __pos__(self): return M(+self.v)
    def __abs__(self): return M(abs(self.v))
    def __iadd__(self, o):
        self.v += o
        return self
m = M(7)
print(m - 2, 10 - m, m - M(1), m * 3, 3 * m, m / 2, m // 2, m % 4, m ** 2)
print(-m, +m, abs(M(-5)), -(-m))
alias = m
m += 5
print(m, alias, m is alias)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1)
keep = n
n += 1
print(n.v, keep.v, n is keep)
try:
    m @ m
except TypeError as e:
    print("TypeError:", e)
