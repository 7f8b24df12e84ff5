import asyncio


async def main():
    async with asyncio.timeout(0.02):
        print('entering a sleep longer than the timeout')
        await asyncio.sleep(1)


asyncio.run(main())
