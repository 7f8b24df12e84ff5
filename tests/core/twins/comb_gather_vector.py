# gather(*list): many children from a list, results in list order.
import asyncio


async def work(name, delay, value):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    delays = [0.08, 0.02, 0.06, 0, 0.04]
    coros = [work("w{}".format(i), d, i * 10) for i, d in enumerate(delays)]
    results = await asyncio.gather(*coros)
    print("results", *results)


asyncio.run(main())
