import asyncio


async def leaf():
    try:
        await asyncio.sleep(10)
    finally:
        print("leaf cleanup")


async def middle():
    try:
        await leaf()
    except asyncio.CancelledError:
        print("middle sees CancelledError, cleans up")
        await asyncio.sleep(0)
        print("middle re-raises")
        raise


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    await asyncio.sleep(0)
    print("after one iteration: done", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("cancelled", t.cancelled())


asyncio.run(main())
