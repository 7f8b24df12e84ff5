import asyncio


async def main():
    q = asyncio.Queue()

    async def getter(name):
        try:
            value = await q.get()
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise
        print(name, "got", value)

    a = asyncio.create_task(getter("A"))
    b = asyncio.create_task(getter("B"))
    await asyncio.sleep(0)
    q.put_nowait(1)  # wakes A ...
    print("cancel A ->", a.cancel())  # ... which is cancelled before it runs: B gets the item
    await asyncio.gather(a, b, return_exceptions=True)
    print("A cancelled", a.cancelled(), "qsize", q.qsize())


asyncio.run(main())
