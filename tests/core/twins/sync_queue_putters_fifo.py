# Putters blocked on a full queue are woken in the order they began waiting.
import asyncio


async def putter(name, q, item):
    print(name, "putting", item)
    await q.put(item)
    print(name, "put", item)


async def main():
    q = asyncio.Queue(1)
    q.put_nowait(0)
    tasks = [asyncio.create_task(putter(n, q, i)) for i, n in enumerate("ABC", 1)]
    await asyncio.sleep(0)
    for _ in range(4):
        print("got", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print("empty", q.empty())


asyncio.run(main())
