import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()

    async def body():
        print("body awaits a future")
        try:
            await fut
        except asyncio.CancelledError:
            print("body cancelled, future cancelled:", fut.cancelled())
            raise

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    # Task.cancel cancels the future the task waits on, at once.
    print("future cancelled at once:", fut.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    print("task cancelled", t.cancelled())


asyncio.run(main())
