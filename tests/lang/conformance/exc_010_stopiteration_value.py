# StopIteration carries a generator's return value.
def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("second time value:", e.value)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty gen value:", e.value)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("list iterator value:", e.value)
e = StopIteration("a", "b")
print(e.value, e.args)
def no_return():
    yield 1
g2 = no_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("implicit return:", e.value)
