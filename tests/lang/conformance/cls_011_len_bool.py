# __len__ and __bool__ drive truthiness; __bool__ wins when both exist.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
print(len(Bag()), len(Bag(1, 2)), bool(Bag()), bool(Bag(0)))
if not Bag():
    print("empty bag is falsy")
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
print(bool(Flag(True)), not Flag(False))
print("yes" if Flag(True) else "no")
print(Flag(False) or "fallback")
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
