# *args and **kwargs collect extra positional and keyword arguments.
def show(a, *args, **kwargs):
    print(a, args, kwargs)
show(1)
show(1, 2, 3)
show(1, x=2)
show(1, 2, y=3, z=4)
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(b=2, a=1, c=3))
def wrapper(*args, **kwargs):
    return show(*args, **kwargs)
wrapper("w", 9, key="v")
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, y=2, x=3))
def f(*args):
    return type(args).__name__
print(f(), f(1))
def g(a, b, *rest, c=0, **opts):
    return a, b, rest, c, opts
print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6))
