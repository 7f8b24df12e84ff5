# Lock: waiters acquire in the order they began waiting.
import asyncio


async def locker(name, lock):
    print(name, "acquiring")
    async with lock:
        print(name, "acquired")
        await asyncio.sleep(0)
        print(name, "releasing")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(locker(n, lock)) for n in "ABC"]
    await asyncio.sleep(0)
    print("main releasing, locked", lock.locked())
    lock.release()
    await asyncio.gather(*tasks)
    print("locked", lock.locked())


asyncio.run(main())
