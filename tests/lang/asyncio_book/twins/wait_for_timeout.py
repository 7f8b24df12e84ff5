# Modern twin of asyncio_book/wait_for_timeout.py.
import asyncio


async def slow_operation(delay):
    await asyncio.sleep(delay)
    return 'finished after %s' % delay


async def try_op(delay, timeout):
    try:
        result = await asyncio.wait_for(slow_operation(delay), timeout)
    except TimeoutError:
        print('timeout after', timeout, 'for delay', delay)
    else:
        print(result)


asyncio.run(try_op(.01, .05))
asyncio.run(try_op(.2, .02))
