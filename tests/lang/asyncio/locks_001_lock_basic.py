import asyncio


async def main():
    lock = asyncio.Lock()
    print('locked?', lock.locked())
    print('acquire ->', await lock.acquire())
    print('locked?', lock.locked())
    lock.release()
    print('locked?', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with lock:
        print('inside async with, locked?', lock.locked())
    print('after, locked?', lock.locked())


asyncio.run(main())
