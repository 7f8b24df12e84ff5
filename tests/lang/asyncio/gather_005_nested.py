import asyncio


async def leaf(x):
    await asyncio.sleep(0.01 * (x % 3))
    return x


async def main():
    inner1 = asyncio.gather(leaf(1), leaf(2))
    inner2 = asyncio.gather(leaf(3), asyncio.gather(leaf(4), leaf(5)))
    r = await asyncio.gather(inner1, inner2, leaf(6))
    print(r)


asyncio.run(main())
