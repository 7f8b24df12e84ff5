# Functions are objects: names, qualnames, docs, defaults, attributes.
def area(w, h=1):
    "Compute an area."
    return w * h
print(area.__name__, area.__qualname__, area.__doc__, area.__defaults__)
print(type(area).__name__, callable(area), area.__module__)
alias = area
print(alias(3, 4), alias is area, alias.__name__)
area.units = "m2"
print(area.units, hasattr(area, "units"))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
class C:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
print(C.method.__qualname__, C.Inner.deep.__qualname__, C.Inner.__qualname__)
f = lambda: None
print(f.__name__, f.__qualname__, f.__doc__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__)
dispatch = {"area": area, "len": len}
print(dispatch["area"](5), dispatch["len"]("abc"))
print(area == area, area != outer)
print(sorted(vars(area)), area(w=2, h=8))
