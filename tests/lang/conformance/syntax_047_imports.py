# import forms: import x, import x as y, from x import a, b as c.
import math
import collections as col
from itertools import chain, islice as take
from functools import reduce
import os, sys
print(math.sqrt(16), math.__name__)
print(col.Counter("aab").most_common(1))
print(list(chain([1], [2])), list(take("abcdef", 3)))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(type(math).__name__, col.__name__)
print(os.path.join("a", "b"), sys.version_info[0])
def local_import():
    import string
    from math import pi as PI
    return string.digits, round(PI, 4)
print(local_import())
import math as m2
print(m2 is math)
from math import (floor,
                  ceil)
print(floor(2.5), ceil(2.5))
