# tulip: book
# asyncio.wait_for with loop= and asyncio.TimeoutError, in generator-based coroutines.
import asyncio


@asyncio.coroutine
def slow_operation(delay):
    yield from asyncio.sleep(delay)
    return 'finished after %s' % delay


@asyncio.coroutine
def try_op(delay, timeout, loop):
    try:
        result = yield from asyncio.wait_for(slow_operation(delay), timeout, loop=loop)
    except asyncio.TimeoutError:
        print('timeout after', timeout, 'for delay', delay)
    else:
        print(result)


loop = asyncio.get_event_loop()
loop.run_until_complete(try_op(.01, .05, loop))
loop.run_until_complete(try_op(.2, .02, loop))
loop.close()
