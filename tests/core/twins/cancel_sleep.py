import asyncio


async def body():
    print("body sleeps")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("body cancelled in sleep(10)")
        raise
    print("not reached")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("right after cancel: cancelled", t.cancelled(), "done", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("cancelled", t.cancelled(), "done", t.done())
    print("no time passed:", loop.time() - start < 1)


asyncio.run(main())
