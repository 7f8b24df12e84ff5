import asyncio


async def body():
    print("body yields")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("body cancelled in sleep(0)")
        raise
    print("not reached")


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    # body's next step is already scheduled: cancel() marks it to throw CancelledError there.
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("cancelled", t.cancelled())


asyncio.run(main())
