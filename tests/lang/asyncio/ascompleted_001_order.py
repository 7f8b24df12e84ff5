import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    coros = [job('slow', 0.03), job('fast', 0.01), job('mid', 0.02)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        r = await fut
        print(i, r)


asyncio.run(main())
