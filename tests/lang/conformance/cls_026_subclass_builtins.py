# Subclassing list and dict; dict.__missing__.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
print(s + [4], type(s + [4]).__name__)
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(a=1)
print(d["a"], d["b"], d, "b" in d)
class CountingDict(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value
cd = CountingDict()
cd["x"].append(1)
cd["x"].append(2)
cd["y"].append(3)
print(cd)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u))
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
print(repr(Celsius(21.5)), Celsius(21.5) + 1, [Celsius(0)])
