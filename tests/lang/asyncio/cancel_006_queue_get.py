import asyncio


async def consumer(q):
    try:
        item = await q.get()
        print('got', item)
    except asyncio.CancelledError:
        print('consumer cancelled in get()')
        raise


async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer(q))
    c2 = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    c1.cancel()
    await asyncio.sleep(0)
    q.put_nowait('only item')
    await asyncio.wait([c1, c2])
    print('c1 cancelled', c1.cancelled(), 'c2 cancelled', c2.cancelled(), 'qsize', q.qsize())


asyncio.run(main())
