import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    print(f.done(), f.cancelled())
    f.set_result(3)
    print(f)
    print(f.done(), f.result(), f.exception())
    print(await f)
    g = asyncio.Future()
    print(g.get_loop() is loop)
    g.set_result(None)
    print(g, g.result())


asyncio.run(main())
