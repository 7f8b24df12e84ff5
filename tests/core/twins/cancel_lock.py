import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()

    async def body():
        print("body acquires")
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            print("body cancelled in acquire")
            raise
        print("not reached")

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("locked:", lock.locked())
    lock.release()
    print("locked after release:", lock.locked())
    await lock.acquire()
    print("main acquired again")
    lock.release()


asyncio.run(main())
