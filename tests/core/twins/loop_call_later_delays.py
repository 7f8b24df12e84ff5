import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for d in [0.06, 0.02, 0.04]:
        loop.call_later(d, print, "delay", d)
    loop.call_later(0, print, "delay 0")
    print("scheduled")
    await asyncio.sleep(0.08)
    print("done")


asyncio.run(main())
