import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    loop.call_soon(lambda: print("call_soon before set_result"))
    print("before set_result")
    fut.set_result(3)
    print("after set_result")
    loop.call_soon(lambda: print("call_soon after set_result"))
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
