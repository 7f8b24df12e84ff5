# tulip: book
# loop= arguments everywhere, as 3.4-era code passed the loop explicitly.
import asyncio


@asyncio.coroutine
def fetch(name, delay, loop):
    yield from asyncio.sleep(delay, loop=loop)
    print('fetched', name)
    return name.upper()


@asyncio.coroutine
def main(loop):
    results = yield from asyncio.gather(
        fetch('alpha', .03, loop), fetch('beta', .01, loop), fetch('gamma', .02, loop), loop=loop)
    print(results)
    fut = asyncio.Future(loop=loop)
    loop.call_later(.01, fut.set_result, 'future value')
    print((yield from fut))
    task = asyncio.Task(fetch('delta', .01, loop), loop=loop)
    print((yield from task))


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main(loop))
loop.close()
