# Fibonacci three ways: naive recursion with a call counter, a memo dict, and lru_cache.
from functools import lru_cache
calls = 0
def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
print(fib_naive(20), "calls:", calls)
def fib_memo(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib_memo(80), len(fib_memo.__defaults__[0]))
@lru_cache(maxsize=None)
def fib_cached(n):
    return n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)
print(fib_cached(92), fib_cached.cache_info())
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib_iter(n) == fib_memo(n) == fib_cached(n) for n in range(60)))
print([fib_iter(n) for n in range(15)])
ratios = [fib_iter(n + 1) / fib_iter(n) for n in range(1, 30)]
print(round(ratios[-1], 12), round((1 + 5 ** 0.5) / 2, 12))
