import asyncio


async def delayed(value, d):
    await asyncio.sleep(d)
    print('finished', value)
    return value


async def main():
    r = await asyncio.gather(delayed('a', 0.03), delayed('b', 0.01), delayed('c', 0.02))
    print(r)
    print(type(r).__name__)


asyncio.run(main())
