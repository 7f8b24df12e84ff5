import asyncio


async def cube(i):
    await asyncio.sleep(0.001 * (i % 5))
    return i ** 3


async def main():
    r = await asyncio.gather(*(cube(i) for i in range(100)))
    print(len(r), r[:5], r[-1], sum(r))
    r2 = await asyncio.gather(*[asyncio.sleep(0, result=i) for i in range(10)])
    print(r2)


asyncio.run(main())
