import asyncio


async def inner():
    print("inner sleeps")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def main():
    i = asyncio.create_task(inner())

    async def body():
        print("body waits for inner")
        try:
            await asyncio.wait_for(i, 5)
        except asyncio.CancelledError:
            print("body cancelled, inner done:", i.done())
            raise

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("inner cancelled", i.cancelled())


asyncio.run(main())
