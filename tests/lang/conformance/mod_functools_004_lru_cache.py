# functools.lru_cache with cache_info() and cache_clear().
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib(90))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    print(n, slow_square(n))
print(calls, slow_square.cache_info())
@lru_cache
def greet(name, punct="!"):
    calls.append(name)
    return "hi " + name + punct
calls.clear()
print(greet("a"), greet("a"), greet("a", punct="?"), greet(name="a"), calls)
print(greet.cache_info().hits, greet.cache_info().misses, greet.cache_info().currsize)
print(fib.__name__, callable(fib.cache_clear))
try:
    slow_square([1])
except TypeError as e:
    print("TypeError:", e)
