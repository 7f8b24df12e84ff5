import asyncio

log = []


async def double(x, delay=0.1):
    log.append(f'start {x}')
    await asyncio.sleep(delay)
    log.append(f'end {x}')
    return 2 * x


async def keep(x):
    await asyncio.sleep(0)
    return x % 2 == 1


async def source():
    await asyncio.sleep(0.01)
    return [3, 1, 2, 1]


async def ticker():
    # ticks at 0, 0.15 and 0.35: between the ends of the doubles (0.1, 0.2, 0.3, 0.4)
    for i, delay in enumerate([0.15, 0.2, 0]):
        log.append(f'tick {i}')
        await asyncio.sleep(delay)


async def main():
    t = asyncio.create_task(ticker())
    # one element at a time: each await finishes before the next starts
    squares = [await double(i) for i in range(4)]
    print(squares)
    print(log)
    await t
    log.clear()
    # await in the filter, in the iterable (evaluated outside), and in a set
    odd = [x for x in await source() if await keep(x)]
    print(odd)
    print(sorted({await double(x, 0) for x in await source()}))
    # await in the key and the value of a dict comprehension
    table = {await double(k, 0): [await double(v, 0) for v in range(k)] for k in range(3)}
    print(table)
    print(log)
    # the result of a comprehension is a plain list, usable at once
    total = sum([await double(i, 0) for i in range(5)])
    print(total, type([await keep(i) for i in range(1)]).__name__)


asyncio.run(main())
