import asyncio


async def quick():
    return 'quick'


async def sleepy():
    await asyncio.sleep(0.01)
    return 'sleepy'


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('ready')
    print(await asyncio.wait_for(f, 0))
    for coro in (quick(), sleepy()):
        try:
            print(await asyncio.wait_for(coro, 0))
        except TimeoutError:
            print('TimeoutError with timeout 0')
    try:
        print(await asyncio.wait_for(sleepy(), -1))
    except TimeoutError:
        print('TimeoutError with negative timeout')


asyncio.run(main())
