# wait_for: the awaitable completes before the timeout.
import asyncio


async def work(name, delay, value):
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    r = await asyncio.wait_for(work("coro", 0.02, 5), timeout=0.1)
    print("result", r)
    t = asyncio.create_task(work("task", 0.02, 6))
    print("result", await asyncio.wait_for(t, 0.1))
    print("task done", t.done())


asyncio.run(main())
