import asyncio


def show(t):
    print(repr(t).replace(__file__, 'main.py'))


async def spin(n):
    await asyncio.sleep(0.01)
    return n


async def boom():
    raise KeyError('k')


async def main():
    t = asyncio.create_task(spin(7))
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    b = asyncio.create_task(boom(), name='boomer')
    await asyncio.sleep(0)
    show(b)
    b.exception()
    c = asyncio.create_task(spin(1))
    c.cancel()
    await asyncio.sleep(0)
    show(c)


asyncio.run(main())
