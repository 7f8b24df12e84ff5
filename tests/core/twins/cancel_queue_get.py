import asyncio


async def main():
    q = asyncio.Queue()

    async def body():
        print("body gets")
        try:
            await q.get()
        except asyncio.CancelledError:
            print("body cancelled in get")
            raise

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    q.put_nowait(5)
    print("qsize after put:", q.qsize())
    print("get ->", await q.get())


asyncio.run(main())
