# shield: cancelling the outer side (the task awaiting the shield, or the shield future itself)
# does not reach the inner task, which runs to completion.
import asyncio


async def work(name, delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("finish", name)
    return value


async def main():
    inner = asyncio.create_task(work("inner", 0.04, 42))

    async def guard():
        try:
            r = await asyncio.shield(inner)
            print("guard got", r)
        except asyncio.CancelledError:
            print("guard cancelled")
            raise

    g = asyncio.create_task(guard())
    await asyncio.sleep(0.02)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("g cancelled", g.cancelled())
    print("inner done", inner.done(), "inner cancelled", inner.cancelled())
    print("inner result", await inner)

    inner2 = asyncio.create_task(work("inner2", 0.02, 43))
    outer = asyncio.shield(inner2)
    print("outer cancel", outer.cancel())
    await asyncio.sleep(0)
    print("outer cancelled", outer.cancelled(), "inner2 cancelled", inner2.cancelled())
    print("inner2 result", await inner2)


asyncio.run(main())
