import asyncio


async def worker(q, name, done_log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        done_log.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(10):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q, n, log)) for n in 'ab']
    await q.join()
    print('joined; processed', sorted(log))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print('workers cancelled', [w.cancelled() for w in workers])


asyncio.run(main())
