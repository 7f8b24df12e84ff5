# Modern twin of asyncio_book/queue_loop_kwarg.py.
import asyncio


async def produce(queue, n):
    for x in range(n):
        print('producing {}/{}'.format(x, n))
        await asyncio.sleep(.005)
        await queue.put(str(x))
    await queue.put(None)


async def consume(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print('consuming item {}...'.format(item))
        await asyncio.sleep(.002)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(produce(queue, 4), consume(queue))
    return queue


queue = asyncio.run(main())
print('queue empty:', queue.empty())
