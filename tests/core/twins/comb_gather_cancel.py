# Cancelling the gather future cancels each child; its await raises CancelledError.
import asyncio


async def work(name, delay, value):
    print("start", name)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("finish", name)
    return value


async def main():
    g = asyncio.gather(work("a", 0.1, 1), work("b", 0.12, 2), work("c", 0.14, 3))
    await asyncio.sleep(0.02)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g done", g.done(), "g cancelled", g.cancelled())


asyncio.run(main())
