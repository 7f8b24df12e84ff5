# Modern twin of asyncio_book/gather_loop_kwarg.py.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print('fetched', name)
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(fetch('alpha', .03), fetch('beta', .01), fetch('gamma', .02))
    print(results)
    fut = loop.create_future()
    loop.call_later(.01, fut.set_result, 'future value')
    print(await fut)
    task = asyncio.create_task(fetch('delta', .01))
    print(await task)


asyncio.run(main())
