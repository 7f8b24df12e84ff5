import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(
        lambda loop, context: print("handler got", type(context["exception"]).__name__))

    def bad(f):
        print("bad done callback raises")
        raise ValueError("oops")

    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(lambda f: print("next done callback still runs"))
    fut.set_result(None)
    await asyncio.sleep(0)
    print("main goes on")


asyncio.run(main())
