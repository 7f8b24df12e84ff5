# Stacking wraps-based decorators with lru_cache and partial.
from functools import lru_cache, partial, reduce, wraps
def timesby(k):
    def deco(func):
        @wraps(func)
        def wrapper(*args):
            return func(*args) * k
        return wrapper
    return deco
@timesby(2)
@lru_cache(maxsize=None)
def base(n):
    """Base value."""
    return n + 1
print(base(1), base(1), base.__name__, base.__doc__)
print(base.__wrapped__.cache_info())
compose = lambda *fs: reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = partial(lambda a, b: a + b, 1)
dbl = partial(lambda a, b: a * b, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(inc, inc, inc)(0))
def validate(*types):
    def deco(func):
        @wraps(func)
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{func.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return func(*args)
        return wrapper
    return deco
@validate(int, str)
def repeat(n, s):
    return s * n
print(repeat(3, "ab"))
try:
    repeat("3", "ab")
except TypeError as e:
    print("TypeError:", e)
