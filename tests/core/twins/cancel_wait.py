import asyncio


async def child(name):
    print("child", name, "sleeps")
    await asyncio.sleep(0.02)
    print("child", name, "finished")
    return name


async def main():
    a = asyncio.create_task(child("A"))
    b = asyncio.create_task(child("B"))

    async def body():
        print("body waits")
        try:
            await asyncio.wait([a, b])
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
    # wait() leaves its children alone.
    print("A done", a.done(), "B done", b.done())
    print("results", await a, await b)


asyncio.run(main())
