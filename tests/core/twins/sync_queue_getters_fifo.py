# Several getters wait on an empty queue; they are served in the order they began waiting.
import asyncio


async def getter(name, q):
    print(name, "waiting")
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in "ABC"]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    print("put 3 items")
    await asyncio.gather(*tasks)

    tasks = [asyncio.create_task(getter(n, q)) for n in "DEF"]
    await asyncio.sleep(0)
    for i in range(3, 6):
        q.put_nowait(i)
        print("put", i)
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)


asyncio.run(main())
