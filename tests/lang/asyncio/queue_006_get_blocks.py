import asyncio


async def consumer(q, name):
    item = await q.get()
    print(name, 'got', item)


async def main():
    q = asyncio.Queue()
    cs = [asyncio.create_task(consumer(q, f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('all waiting')
    for item in 'xyz':
        q.put_nowait(item)
    print('items queued, qsize', q.qsize())
    await asyncio.gather(*cs)
    print('qsize', q.qsize())


asyncio.run(main())
