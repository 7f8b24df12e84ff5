import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(await sem.acquire(), sem.locked())
    print(await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print('unbounded release allowed; locked', sem.locked())
    for _ in range(3):
        await sem.acquire()
    print('three acquires after extra release; locked', sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    zero = asyncio.Semaphore(0)
    print('zero locked', zero.locked())


asyncio.run(main())
