import asyncio


async def countdown(name, n, delay):
    try:
        while n > 0:
            await asyncio.sleep(delay)
            yield n
            n -= 1
    finally:
        print(f'{name} finalized at {n}')


async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0


async def main():
    print([n async for n in countdown('a', 3, 0.01)])
    # filters may await; several kinds of comprehension
    print({n async for n in countdown('b', 5, 0) if await is_even(n)})
    print({n: n * n async for n in countdown('c', 3, 0) if n != 2})
    # async for after a plain for, and a plain for after an async for
    print([(x, n) for x in 'ab' async for n in countdown(x, 2, 0)])
    print([(n, x) async for n in countdown('d', 2, 0) for x in 'xy'])
    # two generators interleaved by two tasks: each comprehension suspends at every item
    t1 = asyncio.create_task(collect('slow', 3, 0.1))
    t2 = asyncio.create_task(collect('fast', 4, 0.04))
    print(await t1, await t2)
    # an exception in the element expression propagates out of the comprehension
    try:
        print([10 // (n - 1) async for n in plain(3)])
    except ZeroDivisionError as e:
        print('error:', e)


async def plain(n):
    for i in range(n, 0, -1):
        await asyncio.sleep(0)
        yield i


async def collect(name, n, delay):
    out = [f'{name}{v}' async for v in countdown(name, n, delay)]
    print('collected', name)
    return out


asyncio.run(main())
