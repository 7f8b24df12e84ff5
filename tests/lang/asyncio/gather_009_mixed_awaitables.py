import asyncio


async def coro():
    await asyncio.sleep(0.01)
    return 'coro'


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, 'future')
    task = asyncio.create_task(coro())
    r = await asyncio.gather(coro(), fut, task, asyncio.sleep(0.005, result='sleep'))
    print(r)


asyncio.run(main())
