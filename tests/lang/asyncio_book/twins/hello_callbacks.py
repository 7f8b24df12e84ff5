# Modern twin of asyncio_book/hello_callbacks.py.
import asyncio


def hello_world(loop, n):
    print('Hello World', n)
    if n < 3:
        loop.call_later(.02, hello_world, loop, n + 1)
    else:
        loop.stop()


async def greet_every_two():
    await asyncio.sleep(.03)
    print('coroutine woke in between')


loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop, 1)
loop.create_task(greet_every_two())
loop.run_forever()
loop.close()
print('closed:', loop.is_closed())
