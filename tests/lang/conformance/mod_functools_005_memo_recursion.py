# Memoized recursion: counting paths and coin change with lru_cache.
from functools import lru_cache
@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(2, 2), paths(10, 10), paths(16, 16))
@lru_cache(maxsize=None)
def change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return change(amount - coins[0], coins) + change(amount, coins[1:])
print(change(100, (1, 5, 10, 25, 50)), change(11, (2, 5)), change(3, (2,)))
info = change.cache_info()
print(info.maxsize, info.currsize > 0, info.hits > 0)
@lru_cache(maxsize=128)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best))
print(collatz_len.cache_info().maxsize)
