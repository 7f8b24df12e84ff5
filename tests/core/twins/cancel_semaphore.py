import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()

    async def body():
        print("body acquires")
        try:
            await sem.acquire()
        except asyncio.CancelledError:
            print("body cancelled in acquire")
            raise

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("locked:", sem.locked())
    sem.release()
    print("locked after release:", sem.locked())
    await sem.acquire()
    print("main acquired again")
    sem.release()


asyncio.run(main())
