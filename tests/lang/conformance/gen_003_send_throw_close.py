# send() resumes with a value, throw() raises inside, close() raises GeneratorExit.
def echo():
    received = None
    try:
        while True:
            try:
                received = yield f"got {received!r}"
            except ValueError as e:
                received = f"handled {e}"
    except GeneratorExit:
        print("closing echo")
        raise
    finally:
        print("echo finally")
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("oops")))
print(g.send("after throw"))
g.close()
g.close()
try:
    g.send("x")
except StopIteration:
    print("send after close: StopIteration")
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("unhandled"))
except KeyError as e:
    print("throw propagated:", repr(e))
print(next(f, "finished"))
