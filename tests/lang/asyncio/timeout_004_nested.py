import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout fired')
            await asyncio.sleep(1)
    except TimeoutError:
        print('outer timeout fired')
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(0.05):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner reported (wrong)')
    except TimeoutError:
        print('outer shorter timeout fired first, seen only by outer')


asyncio.run(main())
