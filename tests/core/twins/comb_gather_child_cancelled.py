# A child of gather is cancelled: without return_exceptions the await raises CancelledError
# (the gather future finishes with it as its exception); the other child keeps running.
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
    a = asyncio.create_task(work("a", 0.06, 1))
    b = asyncio.create_task(work("b", 0.06, 2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.02)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g done", g.done(), "g cancelled", g.cancelled(), "a cancelled", a.cancelled(), "b done", b.done())
    print("b result", await b)


asyncio.run(main())
