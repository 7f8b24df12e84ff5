# PriorityQueue: smallest first, tuples compared element by element; a waiting getter gets the
# first item put.
import asyncio


async def getter(q):
    print("getter waiting")
    print("getter got", await q.get())


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "b"), (2, "x"), (1, "a"), (0, "z")]:
        q.put_nowait(item)
    while not q.empty():
        prio, name = q.get_nowait()
        print(prio, name)

    ints = asyncio.PriorityQueue()
    t = asyncio.create_task(getter(ints))
    await asyncio.sleep(0)
    ints.put_nowait(5)
    ints.put_nowait(1)
    await t
    print("left", ints.get_nowait())


asyncio.run(main())
