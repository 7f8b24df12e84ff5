import asyncio

results = []


async def background(n):
    await asyncio.sleep(0.01 * n)
    results.append(n)
    print('background', n, 'finished')


async def main():
    keep = set()
    for n in (3, 1, 2):
        t = asyncio.create_task(background(n))
        keep.add(t)
        t.add_done_callback(keep.discard)
    print('spawned', len(keep))
    await asyncio.sleep(0.05)
    print('remaining', len(keep), 'results', results)


asyncio.run(main())
