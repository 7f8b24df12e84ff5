# as_completed: the results come in completion order.
import asyncio


async def work(name, delay, value):
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    coros = [work("a", 0.06, 1), work("b", 0.02, 2), work("c", 0.04, 3)]
    for f in asyncio.as_completed(coros):
        print("got", await f)


asyncio.run(main())
