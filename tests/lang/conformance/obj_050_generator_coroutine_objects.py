# Generators and coroutines are objects with inspectable state.
def counter(n):
    for i in range(n):
        yield i
g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(iter(g) is g, next(g), list(g))
async def job():
    return "done"
c = job()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
gens = [counter(2) for _ in range(2)]
print(gens[0] is gens[1], [list(x) for x in gens])
ge = (x for x in "ab")
print(type(ge).__name__, ge.__name__, next(ge), next(ge), next(ge, "end"))
def with_return():
    yield 1
    return "value"
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("returned", repr(e.value), e.args)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(c, "send"))
