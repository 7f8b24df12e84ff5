import asyncio


async def nothing():
    await asyncio.sleep(0)


async def gen_return():
    x = [i async for i in agen()]
    return x


async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i


async def main():
    t = asyncio.create_task(nothing())
    print(await t, t.result())
    u = asyncio.create_task(gen_return())
    print(await u)


asyncio.run(main())
