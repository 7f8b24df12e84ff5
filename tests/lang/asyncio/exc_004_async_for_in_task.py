import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.n -= 1
        return self.n


async def consume(name, n):
    got = []
    async for v in Countdown(n):
        got.append(v)
    return name, got


async def main():
    print(await asyncio.gather(consume('x', 3), consume('y', 2)))


asyncio.run(main())
