import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow: cancelled by wait_for')
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e).__name__, e.args)
    except TimeoutError:
        print('builtin TimeoutError')
    print('waited about', round(loop.time() - t0, 1))


asyncio.run(main())
