import asyncio


def chain(loop, n):
    print('chain', n)
    if n > 0:
        loop.call_soon(chain, loop, n - 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(chain, loop, 3)
    loop.call_soon(print, 'other')
    for i in range(5):
        await asyncio.sleep(0)
        print('main tick', i)


asyncio.run(main())
