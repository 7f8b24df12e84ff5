# tulip: book
# call_soon / call_later with get_event_loop, run_forever and stop, as in the 3.4 docs.
import asyncio


def hello_world(loop, n):
    print('Hello World', n)
    if n < 3:
        loop.call_later(.02, hello_world, loop, n + 1)
    else:
        loop.stop()


@asyncio.coroutine
def greet_every_two(loop):
    yield from asyncio.sleep(.03, loop=loop)
    print('coroutine woke in between')


loop = asyncio.get_event_loop()
loop.call_soon(hello_world, loop, 1)
asyncio.async(greet_every_two(loop), loop=loop)
loop.run_forever()
loop.close()
print('closed:', loop.is_closed())
