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

    async def outer():
        print("outer awaits inner")
        try:
            await i
        except asyncio.CancelledError:
            print("outer cancelled, inner cancelled:", i.cancelled())
            raise

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    print("cancel outer ->", o.cancel())
    print("inner cancelling:", i.cancelling())
    try:
        await o
    except asyncio.CancelledError:
        print("await outer raised CancelledError")
    print("outer cancelled", o.cancelled(), "inner cancelled", i.cancelled())


asyncio.run(main())
