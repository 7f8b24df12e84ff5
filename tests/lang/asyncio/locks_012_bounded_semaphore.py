import asyncio


async def main():
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        print('inside, locked', bs.locked())
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    print(isinstance(bs, asyncio.Semaphore))
    await bs.acquire()
    bs.release()
    print('balanced acquire/release fine')


asyncio.run(main())
