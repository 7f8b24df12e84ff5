# getattr with and without default, setattr, hasattr on instances, classes, modules.
import math
class Cfg:
    mode = "fast"
    def __init__(self):
        self.level = 3
c = Cfg()
print(getattr(c, "level"), getattr(c, "mode"), getattr(c, "missing", "dflt"), getattr(c, "missing", None))
print(hasattr(c, "level"), hasattr(c, "mode"), hasattr(c, "nope"), hasattr(Cfg, "level"))
setattr(c, "level", 10)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, vars(c))
setattr(Cfg, "mode", "slow")
print(c.mode, Cfg().mode)
for name in ["upper", "split", "nothing"]:
    print(name, hasattr("s", name), getattr("s", name, None) is not None)
print(getattr(math, "floor")(2.7), getattr([], "__len__")())
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 123)
except TypeError as e:
    print("TypeError:", e)
ops = {"add": lambda a, b: a + b}
class Dispatcher:
    def do_add(self, a, b): return a + b
    def do_mul(self, a, b): return a * b
d = Dispatcher()
for op in ["add", "mul", "div"]:
    handler = getattr(d, "do_" + op, None)
    print(op, handler(6, 7) if handler else "unsupported")
