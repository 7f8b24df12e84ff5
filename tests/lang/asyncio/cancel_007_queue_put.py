import asyncio


async def producer(q, item):
    try:
        await q.put(item)
        print('put', item)
    except asyncio.CancelledError:
        print('producer cancelled in put()', item)
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('first')
    p1 = asyncio.create_task(producer(q, 'second'))
    p2 = asyncio.create_task(producer(q, 'third'))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print('take', q.get_nowait())
    await asyncio.wait([p1, p2])
    print('queue now holds', q.get_nowait(), 'empty', q.empty())


asyncio.run(main())
