# A lock waiter is woken by release() and cancelled before it runs: it raises CancelledError and
# hands the wake-up to the next waiter. A waiter cancelled while waiting just leaves the line.
import asyncio


async def locker(name, lock):
    print(name, "acquiring")
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled, locked", lock.locked())
        raise
    print(name, "acquired")
    await asyncio.sleep(0)
    print(name, "releasing")
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(locker("A", lock))
    b = asyncio.create_task(locker("B", lock))
    c = asyncio.create_task(locker("C", lock))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    print("main releasing")
    lock.release()
    a.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print("cancelled", *[type(r).__name__ for r in results[:2]])
    print("locked", lock.locked())


asyncio.run(main())
