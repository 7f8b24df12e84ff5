# A StopIteration raised inside a generator becomes RuntimeError.
def bad_gen():
    yield 1
    raise StopIteration("explicit")
g = bad_gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe(iter([1, 2]))))
def uses_return():
    yield "a"
    return
print(list(uses_return()))
