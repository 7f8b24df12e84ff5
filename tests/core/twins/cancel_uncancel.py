import asyncio


async def body():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught, cancelling", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
        print("uncancel at zero ->", me.uncancel())
    await asyncio.sleep(0)
    return me.cancelling()


async def main():
    t = asyncio.create_task(body())
    print("fresh task cancelling", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("after two cancels", t.cancelling())
    print("body returned cancelling", await t)
    print("cancelled", t.cancelled())


asyncio.run(main())
