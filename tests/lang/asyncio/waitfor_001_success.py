import asyncio


async def compute(x, d):
    await asyncio.sleep(d)
    return x * 3


async def main():
    print(await asyncio.wait_for(compute(2, 0.01), timeout=0.1))
    print(await asyncio.wait_for(compute(3, 0.01), 1))
    t = asyncio.create_task(compute(4, 0.01))
    print(await asyncio.wait_for(t, timeout=0.5), t.done())


asyncio.run(main())
