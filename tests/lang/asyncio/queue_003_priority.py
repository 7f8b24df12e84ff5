import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent'), (5, 'later')]:
        await q.put(item)
    while not q.empty():
        prio, name = await q.get()
        print(prio, name)
    q.put_nowait(7)
    q.put_nowait(4)
    q.put_nowait(9)
    print([q.get_nowait() for _ in range(3)])


asyncio.run(main())
