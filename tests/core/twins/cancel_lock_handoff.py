import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()

    async def worker(name):
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            print(name, "cancelled, locked:", lock.locked())
            raise
        print(name, "acquired")
        await asyncio.sleep(0)
        lock.release()
        print(name, "released")

    a = asyncio.create_task(worker("A"))
    b = asyncio.create_task(worker("B"))
    await asyncio.sleep(0)
    lock.release()  # wakes A ...
    print("cancel A ->", a.cancel())  # ... which passes the wake-up on to B
    await asyncio.gather(a, b, return_exceptions=True)
    print("A cancelled", a.cancelled(), "locked", lock.locked())


asyncio.run(main())
