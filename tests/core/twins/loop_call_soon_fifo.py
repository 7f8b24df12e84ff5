import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def a():
        print("A")
        loop.call_soon(lambda: print("A2 (scheduled by A)"))

    loop.call_soon(a)
    loop.call_soon(print, "B")
    loop.call_soon(print, "C")
    await asyncio.sleep(0)
    print("main")
    await asyncio.sleep(0)
    print("main again")


asyncio.run(main())
