import asyncio
import functools


def show(a, b=0, *rest, sep='-'):
    print(sep.join(str(x) for x in (a, b) + rest))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 1)
    loop.call_soon(show, 1, 2, 3, 4)
    loop.call_soon(functools.partial(show, 'p', sep='+'), 'q')
    loop.call_later(0.01, functools.partial(show, sep=':'), 'x', 'y')
    loop.call_soon(lambda: print('lambda'))
    try:
        loop.call_soon(show, 1, sep='?')
    except TypeError as e:
        print('TypeError mentions sep:', 'sep' in str(e))
    await asyncio.sleep(0.02)


asyncio.run(main())
