# Generator expressions: laziness, the eagerly evaluated first iterable, exhaustion.
log = []
def source(n):
    log.append(f"source({n})")
    return range(n)
gen = (x * 10 for x in source(3) if x != 1)
print(log)
print(next(gen), log)
print(list(gen), list(gen))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
nested = (sum(row) for row in [[1, 2], [3], []])
print(list(nested))
try:
    bad = (1 / x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy_error = (1 / x for x in [1, 0])
print(next(lazy_error))
try:
    next(lazy_error)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(next(lazy_error, "exhausted after error"))
total = sum(x * x for x in range(1, 4))
print(total, tuple(c.upper() for c in "ab"), set(x % 2 for x in range(5)))
