import asyncio


async def main():
    async def body():
        print("body enters a timeout scope")
        try:
            async with asyncio.timeout(10):
                await asyncio.sleep(5)
        except asyncio.CancelledError:
            # An outside cancellation passes through the scope unchanged.
            print("body cancelled, not timed out")
            raise
        except TimeoutError:
            print("not reached")

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("cancelled", t.cancelled(), "cancelling", t.cancelling())


asyncio.run(main())
