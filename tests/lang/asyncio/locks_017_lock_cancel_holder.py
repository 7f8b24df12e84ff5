import asyncio


async def holder(lock):
    async with lock:
        print('holder has lock')
        await asyncio.sleep(1)


async def other(lock):
    async with lock:
        print('other got lock after holder cancelled')


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    o = asyncio.create_task(other(lock))
    await asyncio.sleep(0.01)
    print('locked', lock.locked())
    h.cancel()
    await asyncio.gather(h, o, return_exceptions=True)
    print('locked', lock.locked(), 'holder cancelled', h.cancelled())


asyncio.run(main())
