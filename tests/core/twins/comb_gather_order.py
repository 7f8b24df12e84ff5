# gather: results come in argument order, whatever order the children finish in.
import asyncio


async def work(name, delay, value):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    results = await asyncio.gather(work("a", 0.06, 1), work("b", 0.02, 2), work("c", 0.04, 3))
    print("results", *results)


asyncio.run(main())
