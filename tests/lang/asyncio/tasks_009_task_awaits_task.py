import asyncio


async def leaf(n):
    print('leaf', n, 'start')
    await asyncio.sleep(0.01 * n)
    print('leaf', n, 'end')
    return n * n


async def middle(n):
    t = asyncio.create_task(leaf(n))
    r = await t
    print('middle', n, 'got', r)
    return r + 1


async def main():
    outer = [asyncio.create_task(middle(n)) for n in (3, 1, 2)]
    results = []
    for t in outer:
        results.append(await t)
    print(results)


asyncio.run(main())
