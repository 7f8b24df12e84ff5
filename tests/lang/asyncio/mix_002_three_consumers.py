import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('producer put', i)
    await q.join()


async def consumer(name, q, log):
    print('consumer', name, 'running')
    while True:
        try:
            value = await q.get()
        except asyncio.CancelledError:
            log.append(name)
            raise
        print('consumer', name, 'got', value)
        q.task_done()


async def main():
    q = asyncio.Queue(1)
    log = []
    consumers = asyncio.gather(consumer('A', q, log), consumer('B', q, log), consumer('C', q, log))
    await producer(q, 7)
    consumers.cancel()
    try:
        await consumers
    except asyncio.CancelledError:
        print('consumers cancelled:', sorted(log))


asyncio.run(main())
