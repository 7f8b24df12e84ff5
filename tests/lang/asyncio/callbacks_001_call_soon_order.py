import asyncio


def say(*args):
    print('say', *args)


async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(say, i)
    loop.call_soon(say, 'a', 'b', 'c')
    print('scheduled')
    await asyncio.sleep(0)
    print('after sleep(0)')


asyncio.run(main())
