# Condition.notify(n) wakes the first n waiters; each re-acquires the lock before wait returns.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(name, "waiting")
        r = await cond.wait()
        print(name, "woke", r, "locked", cond.locked())


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in "ABCD"]
    await asyncio.sleep(0)
    async with cond:
        print("notify 1")
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        print("notify 2")
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        print("notify 5")
        cond.notify(5)
    await asyncio.gather(*tasks)


asyncio.run(main())
