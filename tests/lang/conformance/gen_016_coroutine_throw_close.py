# throw() and close() on coroutines; reusing an awaited coroutine fails.
class Suspend:
    def __await__(self):
        yield "suspended"
async def careful():
    try:
        await Suspend()
        print("not reached")
    except ValueError as e:
        print("coroutine caught", repr(e))
        return "recovered"
    finally:
        print("coroutine finally")
c = careful()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("result:", e.value)
c2 = careful()
c2.send(None)
c2.close()
print("closed")
async def simple():
    return 1
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("first run:", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def outer():
    inner = simple()
    a = await inner
    b = await inner
    return a + b
try:
    outer().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
