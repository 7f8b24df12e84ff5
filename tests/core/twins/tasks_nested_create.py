import asyncio


async def inner():
    print("inner start")
    await asyncio.sleep(0)
    print("inner end")
    return 5


async def outer():
    print("outer start")
    t = asyncio.create_task(inner())
    print("outer created inner")
    await asyncio.sleep(0)
    print("outer after sleep(0), inner done:", t.done())
    value = await t
    print("outer got", value)
    return value * 2


async def main():
    o = asyncio.create_task(outer())
    print("main created outer")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    print("main got", await o)


asyncio.run(main())
