import asyncio


async def runner(name, start, d):
    await start.wait()
    await asyncio.sleep(d)
    print(name, 'finished')
    return name


async def main():
    start = asyncio.Event()
    ts = [asyncio.create_task(runner(n, start, d)) for n, d in (('x', 0.03), ('y', 0.01), ('z', 0.02))]
    await asyncio.sleep(0.01)
    print('nobody started:', not any(t.done() for t in ts))
    start.set()
    for coro in asyncio.as_completed(ts):
        print('arrived', await coro)


asyncio.run(main())
