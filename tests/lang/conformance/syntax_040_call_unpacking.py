# Calls with * and ** unpacking, several of each.
def f(a, b, c, d=0, **kw):
    return a, b, c, d, kw
args = [1, 2]
more = (3,)
opts = {"d": 4}
extra = {"z": 26}
print(f(*args, *more))
print(f(*args, 3, **opts))
print(f(*args, *more, **opts, **extra))
print(f(0, *range(2), e=5))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(*"xyz"))
print(*[1, 2, 3])
print(*[], "empty star")
print(*"abc", sep="-")
try:
    f(*args, **{"a": 9, "c": 1})
except TypeError as e:
    print("TypeError:", e)
def g(*a, **k):
    return len(a), sorted(k)
print(g(*range(5), **dict(x=1, y=2)))
