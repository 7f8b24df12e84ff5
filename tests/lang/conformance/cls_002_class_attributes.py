# Class attributes are shared; assignment through an instance shadows them.
class Widget:
    count = 0
    registry = []
    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.registry.append(name)
a = Widget("a")
b = Widget("b")
print(Widget.count, a.id, b.id, a.count)
print(Widget.registry, a.registry is b.registry)
a.count = 100
print(a.count, b.count, Widget.count)
del a.count
print(a.count)
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
x, y = Bad(), Bad()
x.add(1); y.add(2)
print(x.items, y.items)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
x, y = Good(), Good()
x.add(1); y.add(2)
print(x.items, y.items)
Widget.count = 0
print(a.__class__.count, b.count)
