# A getter is woken, but a task that runs before it takes the item: the woken getter finds the
# queue empty and waits again, at the back of the line.
import asyncio


async def getter(name, q):
    print(name, "waiting")
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("A", q))
    b = asyncio.create_task(getter("B", q))
    await asyncio.sleep(0)
    c = asyncio.create_task(getter("C", q))  # its first step runs before A's wake-up
    q.put_nowait(1)
    print("put 1")
    await asyncio.sleep(0)
    q.put_nowait(2)
    print("put 2")
    await asyncio.sleep(0)
    q.put_nowait(3)
    print("put 3")
    await asyncio.gather(a, b, c)


asyncio.run(main())
