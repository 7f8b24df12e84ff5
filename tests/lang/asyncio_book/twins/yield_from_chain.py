# Modern twin of asyncio_book/yield_from_chain.py.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def compute(x, y):
    d = await double(x)
    return d + y


async def modern_caller():
    r = await compute(2, 3)
    return 'modern got %d' % r


async def print_result():
    result = await compute(2, 3)
    print('result:', result)
    print(await modern_caller())
    c = double(1)
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutine(c))
    c.close()


asyncio.run(print_result())
