# gather without return_exceptions: the first exception reaches the await at once; the other
# children are not cancelled and finish later.
import asyncio


async def work(name, delay, value):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def fail(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("raise", name)
    raise ValueError("boom " + name)


async def main():
    g = asyncio.gather(work("slow", 0.06, 1), fail("bad", 0.02), work("mid", 0.04, 3))
    try:
        await g
    except ValueError as e:
        print("caught ValueError", e)
    print("gather done", g.done())
    await asyncio.sleep(0.06)
    print("end")


asyncio.run(main())
