# asyncio.run cancels the tasks main left behind and lets their handlers run.
import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        await asyncio.sleep(0)
        print(name, "cleaned up")
        raise


async def main():
    asyncio.create_task(worker("fast", 0.01))
    asyncio.create_task(worker("slow", 10))
    asyncio.create_task(worker("slower", 20))
    await asyncio.sleep(0.05)
    print("main returns")
    return 7


print("result", asyncio.run(main()))
