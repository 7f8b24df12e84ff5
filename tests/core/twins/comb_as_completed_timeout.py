# as_completed(timeout=...): the awaits left when it expires raise TimeoutError; the tasks
# themselves are not cancelled.
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
    a = asyncio.create_task(work("a", 0.02, 1))
    b = asyncio.create_task(work("b", 0.06, 2))
    c = asyncio.create_task(work("c", 0.1, 3))
    for f in asyncio.as_completed([a, b, c], timeout=0.04):
        try:
            print("got", await f)
        except TimeoutError:
            print("TimeoutError")
    print("b done", b.done(), "c done", c.done())
    b.cancel()
    c.cancel()
    await asyncio.gather(b, c, return_exceptions=True)
    print("b cancelled", b.cancelled(), "c cancelled", c.cancelled())


asyncio.run(main())
