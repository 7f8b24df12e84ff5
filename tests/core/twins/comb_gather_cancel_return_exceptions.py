# Cancelling gather(return_exceptions=True): the children are cancelled, one catches the
# cancellation and returns; the gather still raises CancelledError once all are done.
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


async def stubborn(name):
    print("start", name)
    try:
        await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print("suppressed", name)
        return -1
    return 0


async def main():
    g = asyncio.gather(work("a", 0.1, 1), stubborn("s"), work("c", 0.14, 3),
                       return_exceptions=True)
    await asyncio.sleep(0.02)
    print("cancel returns", g.cancel())
    try:
        r = await g
        print("results", r)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g done", g.done(), "g cancelled", g.cancelled())


asyncio.run(main())
