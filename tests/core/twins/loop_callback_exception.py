import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(
        lambda loop, context: print("handler got", type(context["exception"]).__name__))

    def bad():
        print("bad callback raises")
        raise ValueError("oops")

    loop.call_soon(bad)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0)
    print("main goes on")


asyncio.run(main())
