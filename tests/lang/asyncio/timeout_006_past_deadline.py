import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0):
            print('body runs up to the first await')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('timeout(0) fires at the first suspension')
    try:
        async with asyncio.timeout(-5):
            print('body starts')
            await asyncio.sleep(0.01)
    except TimeoutError:
        print('negative timeout also fires')
    async with asyncio.timeout(0):
        print('no await inside: no error')


asyncio.run(main())
