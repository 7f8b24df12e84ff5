import asyncio


async def body():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    asyncio.current_task().cancel()
    # Awaiting a done future does not suspend, so the pending cancellation is not delivered ...
    print("await done future ->", await done)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        # ... until the task really suspends.
        print("CancelledError at sleep(0)")
        raise


async def main():
    t = asyncio.create_task(body())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")


asyncio.run(main())
