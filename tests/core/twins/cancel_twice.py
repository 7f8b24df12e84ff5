import asyncio


async def body():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("body caught:", e)
    # Both requests arrive as one CancelledError: the next await is not cancelled.
    await asyncio.sleep(0)
    print("body carries on")
    return "ok"


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("first cancel ->", t.cancel("first"))
    print("second cancel ->", t.cancel("second"))
    print("cancelling", t.cancelling())
    print("result:", await t)
    print("cancel after done ->", t.cancel())
    print("cancelling", t.cancelling())


asyncio.run(main())
