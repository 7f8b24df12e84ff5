# tulip: book
# Generator-based coroutines delegating with yield from, awaited from an async def as well.
import asyncio


@asyncio.coroutine
def double(x):
    yield from asyncio.sleep(0)
    return x * 2


@asyncio.coroutine
def compute(x, y):
    d = yield from double(x)
    return d + y


async def modern_caller():
    r = await compute(2, 3)
    return 'modern got %d' % r


@asyncio.coroutine
def print_result():
    result = yield from compute(2, 3)
    print('result:', result)
    print((yield from modern_caller()))
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutine(double(1)))


loop = asyncio.get_event_loop()
loop.run_until_complete(print_result())
loop.close()
