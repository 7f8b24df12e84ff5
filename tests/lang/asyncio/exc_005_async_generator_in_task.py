import asyncio


async def ticks(n, d):
    try:
        for i in range(n):
            await asyncio.sleep(d)
            yield i
    finally:
        print('generator finalized at n =', n)


async def reader(n):
    out = []
    async for v in ticks(n, 0.001):
        out.append(v)
    return out


async def partial():
    agen = ticks(10, 0.001)
    first = [await agen.__anext__() for _ in range(2)]
    await agen.aclose()
    return first


async def main():
    print(await asyncio.create_task(reader(3)))
    print(await asyncio.create_task(partial()))


asyncio.run(main())
