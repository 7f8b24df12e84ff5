# join + task_done with three workers: join returns once every item is marked done.
import asyncio


async def worker(name, q):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            for _ in range(item % 3):
                await asyncio.sleep(0)
            print(name, "done", item)
            q.task_done()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(n, q)) for n in ("W1", "W2", "W3")]
    for i in range(7):
        q.put_nowait(i)
    print("joining")
    await q.join()
    print("joined, size", q.qsize())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
