import asyncio


async def body():
    print("body runs (not reached)")


async def main():
    t = asyncio.create_task(body())
    print("cancel ->", t.cancel())
    print("cancelled", t.cancelled(), "done", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("cancelled", t.cancelled(), "done", t.done())
    m = asyncio.create_task(body())
    m.cancel("too early")
    try:
        await m
    except asyncio.CancelledError as e:
        print("await m raised CancelledError:", e)


asyncio.run(main())
