import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait(1)

    async def body():
        print("body puts into a full queue")
        try:
            await q.put(2)
        except asyncio.CancelledError:
            print("body cancelled in put")
            raise

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("qsize:", q.qsize(), "full:", q.full())
    print("get ->", q.get_nowait())
    await asyncio.sleep(0)
    print("qsize after get:", q.qsize())


asyncio.run(main())
