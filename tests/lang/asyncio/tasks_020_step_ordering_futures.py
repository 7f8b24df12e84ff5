import asyncio


async def waiter(name, fut):
    print(name, 'waiting')
    v = await fut
    print(name, 'woke with', v)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = asyncio.create_task(waiter('a', fut))
    b = asyncio.create_task(waiter('b', fut))
    await asyncio.sleep(0)
    print('setting result')
    fut.set_result(1)
    print('result set, nobody woke yet')
    await asyncio.sleep(0)
    print('main after one yield')
    await asyncio.sleep(0)
    print('main after two yields')
    await asyncio.gather(a, b)


asyncio.run(main())
