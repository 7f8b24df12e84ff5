import asyncio


async def child(name):
    print("child", name, "sleeps")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise


async def main():
    a = asyncio.create_task(child("A"))
    b = asyncio.create_task(child("B"))

    async def body():
        print("body gathers")
        try:
            await asyncio.gather(a, b)
        except asyncio.CancelledError:
            print("body cancelled")
            raise

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    # Cancelling the task that awaits gather cancels gather's children.
    print("A cancelled", a.cancelled(), "B cancelled", b.cancelled())


asyncio.run(main())
