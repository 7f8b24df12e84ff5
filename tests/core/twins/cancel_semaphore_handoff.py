import asyncio


async def main():
    sem = asyncio.Semaphore(0)

    async def worker(name):
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            print(name, "cancelled, value:", sem._value)
            raise
        print(name, "acquired, value:", sem._value)

    a = asyncio.create_task(worker("A"))
    b = asyncio.create_task(worker("B"))
    await asyncio.sleep(0)
    sem.release()  # wakes A ...
    print("cancel A ->", a.cancel())  # ... which gives the unit back and wakes B
    await asyncio.gather(a, b, return_exceptions=True)
    print("A cancelled", a.cancelled(), "value", sem._value, "locked", sem.locked())


asyncio.run(main())
