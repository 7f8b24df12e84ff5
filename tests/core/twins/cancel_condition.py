import asyncio


async def main():
    cond = asyncio.Condition()

    async def body():
        async with cond:
            print("body waits")
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("body cancelled, holds the lock:", cond.locked())
                raise

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    async with cond:
        print("main holds the lock, cancel ->", t.cancel())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        # body's wait was cancelled but it must get the lock back first.
        print("main still holds it, body done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("locked:", cond.locked())


asyncio.run(main())
