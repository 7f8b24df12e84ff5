import asyncio


async def setter(fut, delay, value):
    await asyncio.sleep(delay)
    print('setting', value)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        asyncio.create_task(setter(f, 0.03 - 0.01 * i, i))
    for f in futs:
        print('awaited', await f)


asyncio.run(main())
