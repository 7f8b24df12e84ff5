# A Queue getter is woken by a put and cancelled before it runs: it passes the wake-up on to the
# next getter, which gets the item.
import asyncio


async def getter(name, q):
    print(name, "waiting")
    try:
        item = await q.get()
    except asyncio.CancelledError:
        print(name, "cancelled, size", q.qsize())
        raise
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("A", q))
    b = asyncio.create_task(getter("B", q))
    await asyncio.sleep(0)
    q.put_nowait(1)
    a.cancel()
    print("put 1, cancelled A")
    await asyncio.gather(a, b, return_exceptions=True)
    print("size", q.qsize())


asyncio.run(main())
