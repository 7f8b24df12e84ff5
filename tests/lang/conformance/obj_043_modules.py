# Modules are objects with attributes; import binds the same module object.
import math
import string
import sys
import collections
print(type(math).__name__, math.__name__, string.__name__, sys.__name__)
print(hasattr(math, "sqrt"), hasattr(math, "no_such_thing"), callable(math.sqrt))
print(getattr(math, "pi") == math.pi, getattr(math, "nope", "fallback"))
import math as m
print(m is math, m.floor(-1.5))
def use():
    import math
    return math.ceil(1.2)
print(use())
from math import pi
print(pi == math.pi)
print("math" in sys.modules, sys.modules["math"] is math)
print(collections.deque.__name__, type(collections.OrderedDict()).__name__)
mods = [math, string]
print([mod.__name__ for mod in mods])
try:
    math.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(name for name in ("floor", "ceil", "sqrt") if hasattr(math, name)))
