import asyncio

log = []


async def fetch(i):
    log.append(f'fetch {i}')
    await asyncio.sleep(0.01)
    return i * i


def lazy(n):
    # 'await' makes this generator expression asynchronous even outside an async function
    return (await fetch(i) for i in range(n))


async def main():
    squares = (await fetch(i) for i in range(4) if i != 2)
    print(type(squares).__name__, log)
    # nothing runs until it is iterated, one fetch per step
    async for v in squares:
        log.append(f'got {v}')
    print(log)
    log.clear()
    g = lazy(3)
    print(type(g).__name__, hasattr(g, '__anext__'), hasattr(g, '__next__'))
    print(await g.__anext__(), await anext(g), log)
    print([v async for v in g])
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted')
    # an async generator expression over an async generator expression
    chained = (v + 1 async for v in (await fetch(i) for i in range(3)))
    print([v async for v in chained])
    # closed early: the rest is never fetched
    log.clear()
    g = lazy(5)
    async for v in g:
        if v >= 1:
            break
    await g.aclose()
    print(log)
    # asend works as for any async generator
    g = lazy(2)
    print(await g.asend(None), await g.asend('ignored'))


asyncio.run(main())
