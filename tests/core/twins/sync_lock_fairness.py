# Lock fairness: the lock is free but a woken waiter has not run yet, so a newcomer must queue
# behind it.
import asyncio


async def locker(name, lock):
    print(name, "acquiring, locked", lock.locked())
    async with lock:
        print(name, "acquired")
        await asyncio.sleep(0)
        print(name, "releasing")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(locker("A", lock))
    await asyncio.sleep(0)
    b = asyncio.create_task(locker("B", lock))  # its first step runs before A's wake-up
    print("main releasing")
    lock.release()
    await asyncio.gather(a, b)


asyncio.run(main())
