# A task cancelled in Condition.wait() re-acquires the lock before CancelledError gets out.
import asyncio


async def main():
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            print("waiter waiting")
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("waiter cancelled, locked", cond.locked())
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    print("main holds the lock")
    t.cancel()
    await asyncio.sleep(0.02)
    print("main still holds the lock, t done", t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    print("locked", cond.locked())


asyncio.run(main())
