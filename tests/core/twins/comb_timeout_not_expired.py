# asyncio.timeout(): the body finishes in time; the scope is not expired.
import asyncio


async def work(name, delay, value):
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    async with asyncio.timeout(0.06) as cm:
        r = await work("w", 0.02, 4)
    print("result", r, "expired", cm.expired())
    async with asyncio.timeout(0.06):
        r = await work("v", 0.02, 5)
    print("result", r)
    print("cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
