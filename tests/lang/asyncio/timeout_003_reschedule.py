import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print('when initially:', cm.when())
            cm.reschedule(loop.time() + 0.1)
            print('rescheduled:', cm.when() is not None)
            await asyncio.sleep(0.03)
            cm.reschedule(loop.time() + 0.15)
            await asyncio.sleep(0.1)
            print('still alive after extension')
            await asyncio.sleep(0.5)
    except TimeoutError:
        print('timed out after reschedule')
    async with asyncio.timeout(0.01) as cm2:
        cm2.reschedule(None)
        await asyncio.sleep(0.03)
    print('reschedule(None) disabled the timeout:', cm2.expired())


asyncio.run(main())
