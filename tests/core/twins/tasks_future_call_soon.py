import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def callback():
        print("callback sets the result")
        fut.set_result(7)

    loop.call_soon(callback)
    print("awaiting, done:", fut.done())
    print("got", await fut)
    print("done:", fut.done(), "result:", fut.result())


asyncio.run(main())
