# User descriptors: __get__, __set__, __set_name__, data vs non-data precedence.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value
class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
    @Lazy
    def label(self):
        print("computing label")
        return f"{self.name} x{self.qty}"
it = Item("bolt", 3)
print(it.name, it.qty, sorted(vars(it)))
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
print(it.label)
print(it.label)
print(type(Item.__dict__["name"]).__name__, isinstance(Item.name, Typed))
it.__dict__["name"] = "shadow"
print(it.name)
class Constant:
    def __get__(self, obj, objtype=None):
        return 42
class Holder:
    answer = Constant()
h = Holder()
print(h.answer, Holder.answer)
h.answer = 7
print(h.answer, Holder.answer)
