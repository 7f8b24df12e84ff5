import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q.put_nowait('a')
    q.put_nowait('b')
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.qsize(), q.full())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    for cls in (asyncio.LifoQueue, asyncio.PriorityQueue):
        try:
            cls().get_nowait()
        except asyncio.QueueEmpty:
            print(cls.__name__, 'raises QueueEmpty')


asyncio.run(main())
