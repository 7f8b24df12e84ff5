import asyncio


async def body():
    asyncio.current_task().cancel()
    print("body returns right after cancelling itself")
    return "lost"


async def main():
    t = asyncio.create_task(body())
    try:
        print(await t)
    except asyncio.CancelledError:
        # The request made during the last step wins over the return value.
        print("await t raised CancelledError")
    print("cancelled", t.cancelled(), "done", t.done())


asyncio.run(main())
