import asyncio


async def inner():
    print("inner sleeps")
    await asyncio.sleep(0.02)
    print("inner finished")
    return "inner result"


async def main():
    i = asyncio.create_task(inner())

    async def body():
        print("body awaits shield(inner)")
        try:
            await asyncio.shield(i)
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
    print("inner ->", await i)


asyncio.run(main())
