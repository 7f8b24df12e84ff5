# property(), staticmethod() and classmethod() used as plain functions, plus super() and object().
class Thermo:
    def __init__(self):
        self._t = 20
    def get_t(self):
        return self._t
    def set_t(self, v):
        self._t = max(v, 0)
    t = property(get_t, set_t, None, "temperature")
    def helper(x):
        return x * 2
    helper = staticmethod(helper)
    def make(cls):
        return cls()
    make = classmethod(make)
th = Thermo.make()
th.t = -5
print(th.t, Thermo.t.__doc__, Thermo.helper(21), th.helper(1))
class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    def explicit(self):
        return super(Child, self).greet()
print(Child().greet(), Child().explicit())
o = object()
print(type(o).__name__, isinstance(o, object), object().__class__ is object)
ro = property(lambda self: "read only")
class R:
    value = ro
print(R().value, R.value is ro)
