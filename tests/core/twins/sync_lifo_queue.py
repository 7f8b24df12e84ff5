# LifoQueue: last in, first out; a putter blocked on the bound is woken by a get.
import asyncio


async def putter(q, item):
    print("putting", item)
    await q.put(item)
    print("put", item, "done")


async def main():
    q = asyncio.LifoQueue()
    for i in range(1, 5):
        q.put_nowait(i)
    print("unbounded", *[q.get_nowait() for _ in range(4)])

    q = asyncio.LifoQueue(2)
    q.put_nowait(1)
    q.put_nowait(2)
    t = asyncio.create_task(putter(q, 3))
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    await asyncio.sleep(0)
    print("got", await q.get())
    print("got", await q.get())
    await t


asyncio.run(main())
