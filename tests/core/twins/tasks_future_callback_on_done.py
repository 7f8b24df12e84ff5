import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("x")
    await asyncio.sleep(0)
    print("before add_done_callback")
    fut.add_done_callback(lambda f: print("late callback sees", f.result()))
    print("after add_done_callback")
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
