# Bound methods carry their instance; unbound access through the class.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
    def __repr__(self):
        return f"Counter({self.name!r})"
c = Counter("a")
m = c.inc
print(m(), m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc, m.__name__)
print(Counter.inc(c, 10), c.n)
print(repr(m))
print(type(m).__name__, type(Counter.inc).__name__)
c2 = Counter("b")
print(c.inc == c.inc, c.inc == c2.inc, c.inc is c.inc)
methods = [c.inc, c2.inc, c.inc]
for meth in methods:
    meth()
print(c.n, c2.n)
append = [].append
lst = []
push = lst.append
push(1); push(2)
print(lst, push.__name__, type(push).__name__)
up = "hello".upper
print(up(), up.__self__)
print(list(map(Counter("z").inc, [1, 2, 3])))
