import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    t = asyncio.ensure_future(add(1, 2))
    print(type(t).__name__, isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(asyncio.ensure_future(t) is t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result('f')
    print(await t, await f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
