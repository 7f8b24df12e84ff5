# async for and async with inside a coroutine driven by send(None).
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Session:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False
async def main():
    total = 0
    async with Session("s1") as s, Session("s2"):
        async for t in Ticker(4):
            print("tick", t, "in", s.name)
            total += t
    try:
        async with Session("failing"):
            raise KeyError("inside")
    except KeyError as e:
        print("caught", e)
    return total
try:
    main().send(None)
except StopIteration as e:
    print("total:", e.value)
