# Queue(maxsize=2): a producer and a consumer alternate around the bound; FIFO order.
import asyncio


async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "size", q.qsize(), "full", q.full())
    await q.put(-1)
    print("put end")


async def consumer(q):
    while True:
        item = await q.get()
        print("got", item, "size", q.qsize())
        if item < 0:
            break
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q))
    c = asyncio.create_task(consumer(q))
    await p
    await c
    print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full())


asyncio.run(main())
