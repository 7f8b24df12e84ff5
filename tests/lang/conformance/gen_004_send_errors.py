# The rules of send: first send must be None; a finished generator stops.
def g():
    x = yield 1
    print("received", x)
    y = yield 2
    print("received", y)
gen = g()
try:
    gen.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(gen.send(None))
print(gen.send("a"))
try:
    gen.send("b")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    gen.send("c")
except StopIteration:
    print("still StopIteration")
def yields_none():
    v = yield
    print("next() sends None:", v)
    yield
n = yields_none()
print(next(n))
print(next(n))
