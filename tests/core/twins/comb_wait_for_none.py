# wait_for(aw, None): no timeout at all.
import asyncio


async def work(name, delay, value):
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    print("result", await asyncio.wait_for(work("coro", 0.02, 9), None))
    t = asyncio.create_task(work("task", 0.04, 10))
    print("result", await asyncio.wait_for(t, None))


asyncio.run(main())
