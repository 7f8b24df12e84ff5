# A Semaphore waiter is woken by release() and cancelled before it runs: its unit goes to the
# next waiter.
import asyncio


async def worker(name, sem):
    print(name, "acquiring")
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled, value", sem._value)
        raise
    print(name, "entered, value", sem._value)
    await asyncio.sleep(0)
    sem.release()
    print(name, "left")


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(worker("A", sem))
    b = asyncio.create_task(worker("B", sem))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    print("released, cancelled A, value", sem._value)
    await asyncio.gather(a, b, return_exceptions=True)
    print("value", sem._value, "locked", sem.locked())


asyncio.run(main())
