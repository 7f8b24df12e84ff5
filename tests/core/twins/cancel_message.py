import asyncio


async def body():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("body sees message:", e)
        raise


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("await t sees message:", e)
    print("cancelled", t.cancelled())


asyncio.run(main())
