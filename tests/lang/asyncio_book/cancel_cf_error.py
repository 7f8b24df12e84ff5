# tulip: book
# A task cancelled while sleeping; the coroutine catches concurrent.futures.CancelledError.
import asyncio
import concurrent.futures


@asyncio.coroutine
def worker(name):
    ticks = 0
    try:
        while True:
            yield from asyncio.sleep(.02)
            ticks += 1
    except concurrent.futures.CancelledError:
        print(name, 'cancelled after', ticks, 'ticks')
        raise


@asyncio.coroutine
def supervisor():
    task = asyncio.async(worker('w1'))
    yield from asyncio.sleep(.05)
    task.cancel()
    try:
        yield from task
    except concurrent.futures.CancelledError:
        print('supervisor saw the cancellation; cancelled =', task.cancelled())
    return 'ok'


loop = asyncio.get_event_loop()
print(loop.run_until_complete(supervisor()))
loop.close()
