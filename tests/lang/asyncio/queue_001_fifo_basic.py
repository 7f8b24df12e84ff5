import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        await q.put(i)
    q.put_nowait('x')
    print(q.qsize(), q.empty(), q.full())
    items = [await q.get() for _ in range(3)]
    print(items, q.get_nowait(), q.empty())


asyncio.run(main())
