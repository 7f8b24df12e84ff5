import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    waiter = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    print('barrier aborted; waiting on it now')
    await waiter


asyncio.run(main())
