import asyncio


async def fetch(i, d):
    try:
        async with asyncio.timeout(0.06):
            await asyncio.sleep(d)
            return f'item{i}'
    except TimeoutError:
        return f'timeout{i}'


async def main():
    r = await asyncio.gather(*(fetch(i, d) for i, d in enumerate((0.01, 0.15, 0.03, 0.2))))
    print(r)


asyncio.run(main())
