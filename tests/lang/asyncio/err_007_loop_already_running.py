import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print('calling run_forever on the running loop')
    loop.run_forever()


asyncio.run(main())
