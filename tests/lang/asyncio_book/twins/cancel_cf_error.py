# Modern twin of asyncio_book/cancel_cf_error.py.
import asyncio


async def worker(name):
    ticks = 0
    try:
        while True:
            await asyncio.sleep(.02)
            ticks += 1
    except asyncio.CancelledError:
        print(name, 'cancelled after', ticks, 'ticks')
        raise


async def supervisor():
    task = asyncio.create_task(worker('w1'))
    await asyncio.sleep(.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('supervisor saw the cancellation; cancelled =', task.cancelled())
    return 'ok'


print(asyncio.run(supervisor()))
