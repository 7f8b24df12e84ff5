import asyncio


async def producer(q):
    for i in range(4):
        print('putting', i)
        await q.put(i)
        print('put', i, 'qsize', q.qsize())


async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0.01)
    print('producer blocked:', not p.done(), 'full:', q.full())
    print('get', await q.get())
    await asyncio.sleep(0)
    print('get', await q.get())
    await p
    print('left', q.get_nowait(), q.get_nowait())


asyncio.run(main())
