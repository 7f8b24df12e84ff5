import asyncio


async def slow_worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        print('processed', item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    w = asyncio.create_task(slow_worker(q))
    for item in ('a', 'b', 'c'):
        await q.put(item)
    print('queued; qsize', q.qsize())
    await q.join()
    print('join returned; qsize', q.qsize())
    w.cancel()


asyncio.run(main())
