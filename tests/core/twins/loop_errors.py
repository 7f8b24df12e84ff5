import asyncio


async def nop():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    coro = nop()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print("still running:", loop.is_running())


asyncio.run(main())
