# Condition.notify(1) skips a waiter that was cancelled but has not run yet.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(name, "waiting")
        try:
            r = await cond.wait()
        except asyncio.CancelledError:
            print(name, "cancelled, locked", cond.locked())
            raise
        print(name, "woke", r)


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter("A", cond))
    b = asyncio.create_task(waiter("B", cond))
    await asyncio.sleep(0)
    async with cond:
        a.cancel()  # A's waiter is cancelled, but A has not run yet
        print("notify 1")
        cond.notify(1)
    await asyncio.gather(a, b, return_exceptions=True)
    print("a cancelled", a.cancelled(), "b done", b.done())


asyncio.run(main())
