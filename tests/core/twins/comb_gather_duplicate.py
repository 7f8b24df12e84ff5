# gather of the same task twice: one done callback, the result at both places.
import asyncio


async def work(name, delay, value):
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    t = asyncio.create_task(work("t", 0.02, 8))
    results = await asyncio.gather(t, work("c", 0, 1), t)
    print("results", *results)


asyncio.run(main())
