# tulip: book
# asyncio.Queue(loop=loop) with a producer and a consumer written with yield from.
import asyncio


@asyncio.coroutine
def produce(queue, n):
    for x in range(n):
        print('producing {}/{}'.format(x, n))
        yield from asyncio.sleep(.005)
        yield from queue.put(str(x))
    yield from queue.put(None)


@asyncio.coroutine
def consume(queue):
    while True:
        item = yield from queue.get()
        if item is None:
            break
        print('consuming item {}...'.format(item))
        yield from asyncio.sleep(.002)


loop = asyncio.get_event_loop()
queue = asyncio.Queue(loop=loop)
producer_coro = produce(queue, 4)
consumer_coro = consume(queue)
loop.run_until_complete(asyncio.gather(producer_coro, consumer_coro, loop=loop))
loop.close()
print('queue empty:', queue.empty())
