# Exact messages of common ValueError, IndexError, KeyError, AttributeError, NameError.
import math
tests = [
    lambda: int("abc"), lambda: int("1.5"), lambda: float("x"), lambda: [1].index(9),
    lambda: "abc".index("z"), lambda: [].remove(1), lambda: math.sqrt(-1), lambda: math.log(0),
    lambda: "a,b".split(""), lambda: range(1, 2, 0), lambda: chr(-5), lambda: (1, 2).index(3),
    lambda: [1, 2][5], lambda: "ab"[9], lambda: (1,)[-3], lambda: [].pop(), lambda: range(3)[3],
    lambda: {}["missing"], lambda: {1: 2}[3], lambda: {(1, 2): 0}[(3, 4)], lambda: set().pop(),
    lambda: (5).foo, lambda: "s".bar, lambda: None.attr, lambda: [].push, lambda: undefined_thing_xyz,
    lambda: divmod(1, 0), lambda: 1 % 0, lambda: 1.5 // 0, lambda: 10 / 0.0,
    lambda: math.factorial(-1), lambda: {}.popitem(),
    lambda: a_b_c, lambda: [1, 2, 3][1:2:0],
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
