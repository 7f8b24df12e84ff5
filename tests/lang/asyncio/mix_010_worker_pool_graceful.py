import asyncio


async def worker(wid, q, results):
    try:
        while True:
            job = await q.get()
            try:
                await asyncio.sleep(0.002 * (job % 4))
                if job == 7:
                    raise ValueError('bad job 7')
                results[job] = f'w{wid}'
            except ValueError as e:
                results[job] = 'error: ' + str(e)
            finally:
                q.task_done()
    except asyncio.CancelledError:
        return wid


async def main():
    q = asyncio.Queue()
    results = {}
    for job in range(10):
        q.put_nowait(job)
    workers = [asyncio.create_task(worker(i, q, results)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    ids = await asyncio.gather(*workers)
    print('workers returned', ids)
    print(sorted(results))
    print(results[7])
    print('all jobs done by someone:', len(results) == 10)


asyncio.run(main())
