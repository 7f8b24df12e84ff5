# nonlocal rebinds a variable of an enclosing function.
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
def averager():
    total = 0
    count = 0
    def add(v):
        nonlocal total, count
        total += v
        count += 1
        return total / count
    return add
avg = averager()
print(avg(10), avg(11), avg(12))
def no_nonlocal():
    y = 1
    def inner():
        y = 2
        return y
    return inner(), y
print(no_nonlocal())
