import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    return x


async def main():
    g = asyncio.gather(work(1), work(2))
    print(type(g).__name__, isinstance(g, asyncio.Future), isinstance(g, asyncio.Task))
    print('done?', g.done())
    print(await g)
    print(repr(g))
    print(g.result())


asyncio.run(main())
