import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total


async def main():
    print('partial', await load(['1', '2']))
    print('total', await load(['3', 'x4']))


asyncio.run(main())
