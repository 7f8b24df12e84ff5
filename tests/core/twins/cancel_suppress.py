import asyncio


async def body():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("body swallows the cancellation")
    await asyncio.sleep(0)
    print("body carries on")
    return "survived"


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("result:", await t)
    print("cancelled", t.cancelled(), "cancelling", t.cancelling())


asyncio.run(main())
