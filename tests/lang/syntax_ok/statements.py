# Every statement form of the scenario language.
import asyncio
import os.path as osp, sys
from collections import deque, namedtuple as nt
from . import sibling
from ..pkg.mod import (a as b, c,)
from .mod import *

x = y = 0
a, *rest = [1, 2, 3]
(p, q), [r, s] = (1, 2), [3, 4]
obj.attr = items[0] = 5
total: int = 0
count: int
(paren): int = 1
obj.field: str = "x"
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 1; x @= m
del x, items[0], obj.attr
del (a, b), [c]
pass
assert total == 0, "total must start at zero"

if x:
    pass
elif y:
    pass
else:
    pass

while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 8:
        break
else:
    print("done")

for i, (j, k) in enumerate(pairs):
    pass
else:
    pass

for *head, tail in rows:
    pass

try:
    risky()
except (ValueError, TypeError) as e:
    raise RuntimeError("bad") from e
except KeyError:
    raise
except:
    pass
else:
    pass
finally:
    cleanup()

try:
    pass
finally:
    pass

with open("f") as f, lock:
    pass

with (open("a") as fa, open("b") as fb,):
    pass

with (yield_point):
    pass


def outer():
    counter = 0

    def inner():
        nonlocal counter
        global total
        counter += 1
        return counter

    return inner


class Empty:
    pass


if __name__ == '__main__':
    main()
