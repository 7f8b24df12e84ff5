# BoundedSemaphore: releasing above the initial value raises ValueError; a negative initial
# value too.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
    print("value", sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
