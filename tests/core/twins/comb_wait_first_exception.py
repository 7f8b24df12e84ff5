# wait(FIRST_EXCEPTION): returns at the first task that raises; the others stay pending.
import asyncio


async def work(name, delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("finish", name)
    return value


async def fail(name, delay):
    await asyncio.sleep(delay)
    print("raise", name)
    raise ValueError("boom " + name)


async def main():
    a = asyncio.create_task(work("a", 0.02, 1))
    b = asyncio.create_task(fail("b", 0.04))
    c = asyncio.create_task(work("c", 0.1, 3))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("done", len(done), "pending", len(pending))
    print("a done", a in done, "b done", b in done, "c pending", c in pending)
    print("b exception", type(b.exception()).__name__, b.exception())
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled", c.cancelled())


asyncio.run(main())
