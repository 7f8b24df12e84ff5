# Condition.notify_all(): every waiter wakes, but they re-acquire the lock one at a time.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "woke")
        await asyncio.sleep(0)
        print(name, "leaving")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in "ABC"]
    await asyncio.sleep(0)
    async with cond:
        print("notify_all")
        cond.notify_all()
        await asyncio.sleep(0)
        print("main still holds the lock")
    await asyncio.gather(*tasks)
    print("locked", cond.locked())


asyncio.run(main())
