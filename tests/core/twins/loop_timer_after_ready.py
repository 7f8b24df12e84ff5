import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # Due timers join the ready queue at the start of the next iteration, after what is there.
    loop.call_later(0, print, "timer with delay 0")
    loop.call_later(-1, print, "timer with delay -1")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0)
    print("main")
    await asyncio.sleep(0)
    print("main again")


asyncio.run(main())
