# A custom awaitable whose __await__ yields to the driver, and a driver loop.
class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return f"resumed {self.label} with {reply!r}"
async def worker():
    first = await Pause("first")
    print(first)
    second = await Pause("second")
    print(second)
    return "worker result"
coro = worker()
request = coro.send(None)
print("driver got:", request)
request = coro.send("A")
print("driver got:", request)
try:
    coro.send("B")
except StopIteration as e:
    print("finished with:", e.value)
async def nested():
    value = await worker()
    return value.upper()
n = nested()
print(n.send(None))
print(n.send(1))
try:
    n.send(2)
except StopIteration as e:
    print(e.value)
