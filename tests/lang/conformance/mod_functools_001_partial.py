# functools.partial: frozen positional and keyword arguments (repr not printed).
from functools import partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(base=7))
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5), two_to(8, mod=100))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1010"), int2("111", base=10))
print(list(map(partial(pow, 2), range(6))))
tagged = partial(print, "[log]", sep=" | ")
tagged("first", "second")
nested = partial(partial(power, 3), 4)
print(nested(), nested.func is power, nested.args)
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello", punct=".")
print([hello(n) for n in ["Ann", "Bob"]], hello("Cy", punct="?"))
print(callable(hello), type(hello).__name__)
by_len = partial(sorted, key=len)
print(by_len(["ccc", "a", "bb"]), by_len(["xy", "z"], reverse=True))
