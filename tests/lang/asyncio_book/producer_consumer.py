# tulip: book
# Producer/consumer with a gather of consumers cancelled at the end; the consumers catch
# concurrent.futures.CancelledError, which book mode makes the same as asyncio's.
import asyncio
from concurrent.futures import CancelledError


@asyncio.coroutine
def producer(q):
    for i in range(6):
        yield from q.put(i)
        print("producer put {}".format(i))
    yield from q.join()


@asyncio.coroutine
def consumer(name, q):
    print("consumer {} running".format(name))
    while True:
        try:
            value = yield from q.get()
        except CancelledError:
            print("consumer {} cancelled".format(name))
            return
        print("consumer {} got {}".format(name, value))
        q.task_done()


@asyncio.coroutine
def main(loop):
    q = asyncio.Queue(1, loop=loop)
    consumers = asyncio.gather(consumer("A", q), consumer("B", q), consumer("C", q), loop=loop)
    asyncio.async(consumers, loop=loop)
    yield from producer(q)
    consumers.cancel()
    try:
        yield from consumers
    except CancelledError:
        print('consumers cancelled')


loop = asyncio.get_event_loop()
loop.run_until_complete(main(loop))
loop.close()
