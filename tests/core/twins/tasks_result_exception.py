import asyncio


async def ok():
    await asyncio.sleep(0)
    return 7


async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad value")


async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    print("a ->", await a)
    try:
        await b
    except ValueError as e:
        print("b raised", type(e).__name__, e)
    print("b done:", b.done(), "cancelled:", b.cancelled())
    try:
        b.result()
    except ValueError as e:
        print("b.result() raised", type(e).__name__, e)
    print("b.exception():", type(b.exception()).__name__)


asyncio.run(main())
