import asyncio


async def contender(lock, name):
    try:
        async with lock:
            print(name, 'acquired')
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting for the lock')
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(contender(lock, 'a'))
    b = asyncio.create_task(contender(lock, 'b'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.wait([a, b])
    print('locked at end:', lock.locked())


asyncio.run(main())
