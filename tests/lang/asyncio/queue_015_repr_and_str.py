import asyncio


def clean(s):
    return s.split(' at ')[0] + '>' if ' at 0x' in s else s


async def main():
    q = asyncio.Queue(maxsize=3)
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    print(clean(repr(q)))
    lq = asyncio.LifoQueue()
    print(str(lq))
    pq = asyncio.PriorityQueue()
    pq.put_nowait((1, 'a'))
    print(str(pq))
    await q.get()
    print(str(q))


asyncio.run(main())
