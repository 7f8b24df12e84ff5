import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def body():
        try:
            value = await fut
        except asyncio.CancelledError:
            print("body cancelled although the future has a result:", fut.result())
            raise
        print("not reached", value)

    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    fut.set_result(1)
    # The task's wake-up is scheduled but has not run: cancel() cannot cancel the done future,
    # so the task's next step throws CancelledError instead of delivering the result.
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await t raised CancelledError")
    ev = asyncio.Event()

    async def waiter():
        try:
            await ev.wait()
        except asyncio.CancelledError:
            print("event waiter cancelled although the event is set:", ev.is_set())
            raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print("cancel ->", w.cancel())
    try:
        await w
    except asyncio.CancelledError:
        print("await w raised CancelledError")


asyncio.run(main())
