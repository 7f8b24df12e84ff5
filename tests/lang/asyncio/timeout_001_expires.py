import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError', type(e).__name__, e.args)
    async with asyncio.timeout(0.05) as cm:
        await asyncio.sleep(0.01)
    print('in time; expired():', cm.expired())


asyncio.run(main())
