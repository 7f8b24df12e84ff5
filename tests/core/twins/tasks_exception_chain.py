import asyncio


async def level3(fail):
    print("level3 start")
    await asyncio.sleep(0)
    if fail:
        raise ValueError("deep")
    return 3


async def level2(fail):
    try:
        value = await level3(fail)
    except ValueError as e:
        print("level2 caught", e)
        raise RuntimeError("wrapped") from e
    print("level2 got", value)
    return value + 20


async def level1(fail):
    value = await level2(fail)
    print("level1 got", value)
    return value + 100


async def main():
    print("ok chain ->", await asyncio.create_task(level1(False)))
    t = asyncio.create_task(level1(True))
    try:
        await t
    except RuntimeError as e:
        print("main caught", type(e).__name__, e)
    print("direct ->", await level1(False))


asyncio.run(main())
