# Closures capture variables, not values; cells are shared.
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_fixed()])
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
def make_acc(start):
    def acc(n):
        return start + n
    return acc
a5 = make_acc(5)
print(a5(1), a5(10))
print(a5.__closure__ is not None, len(a5.__closure__))
def late():
    fs = []
    for k in "ab":
        def f():
            return k
        fs.append(f)
    k = "z"
    return [f() for f in fs]
print(late())
