import asyncio


async def main():
    q = asyncio.Queue(0)
    for i in range(100):
        q.put_nowait(i)
    print('unbounded with 0:', q.qsize(), q.full())
    q2 = asyncio.Queue(-1)
    q2.put_nowait('x')
    print('negative maxsize:', q2.maxsize, q2.full())
    q3 = asyncio.Queue(maxsize=1)
    print(q3.full())
    q3.put_nowait('y')
    print(q3.full())


asyncio.run(main())
