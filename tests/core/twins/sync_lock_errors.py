# Lock.release() of an unlocked lock: RuntimeError.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print("acquired", await lock.acquire())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
