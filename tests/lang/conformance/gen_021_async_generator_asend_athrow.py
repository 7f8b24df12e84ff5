# Async generators driven by hand: asend, athrow, aclose, anext with a default, and values
# that the generator's own awaits pass out to the driver.
class Tick:
    def __await__(self):
        reply = yield "tick"
        return reply
async def worker():
    try:
        got = yield "ready"
        print("worker got", got)
        woke = await Tick()
        print("worker woke with", woke)
        yield "second"
    except KeyError as e:
        print("worker caught", repr(e))
        yield "recovered"
    finally:
        print("worker finally")
def drive(aw, replies=()):
    replies = list(replies)
    try:
        out = aw.send(None)
        while True:
            print("  driver saw", out)
            out = aw.send(replies.pop(0) if replies else None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)
w = worker()
print(type(w).__name__, type(w.__anext__()).__name__, type(w.aclose()).__name__)
print(drive(w.__anext__()))
print(drive(w.asend("hello"), ["wake up"]))
print(drive(w.athrow(KeyError("k"))))
print(drive(w.aclose()))
print(drive(w.__anext__()))
async def two():
    yield 1
    yield 2
t = two()
print([drive(anext(t, "empty")) for _ in range(4)])
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
print(w.__name__, s.__qualname__)
for bad in (5, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
