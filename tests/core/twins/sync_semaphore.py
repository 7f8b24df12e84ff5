# Semaphore(2) with five tasks: at most two inside; they enter in FIFO order.
import asyncio


async def worker(name, sem, hold):
    print(name, "acquiring, locked", sem.locked())
    async with sem:
        print(name, "entered, value", sem._value)
        for _ in range(hold):
            await asyncio.sleep(0)
        print(name, "leaving")


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(worker(n, sem, h)) for n, h in zip("ABCDE", [3, 1, 2, 1, 1])]
    await asyncio.gather(*tasks)
    print("value", sem._value, "locked", sem.locked())


asyncio.run(main())
