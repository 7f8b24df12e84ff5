import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task()


async def main():
    me = asyncio.current_task()
    print("main has a current task:", me is not None)
    print("main name:", me.get_name())
    t = asyncio.create_task(child())
    seen = await t
    print("child saw itself:", seen is t)
    print("child saw main:", seen is me)
    print("main still current:", asyncio.current_task() is me)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def callback():
        print("callback sees a task:", asyncio.current_task() is not None)
        fut.set_result(None)

    loop.call_soon(callback)
    await fut


asyncio.run(main())
