import asyncio


async def main():
    r = await asyncio.sleep(0.01, result='slept')
    print(r)
    r = await asyncio.sleep(0, result=[1, 2])
    print(r)
    r = await asyncio.sleep(0)
    print(r)
    r = await asyncio.sleep(-1, result='negative ok')
    print(r)
    t = asyncio.create_task(asyncio.sleep(0.01, result='task'))
    print(await t)


asyncio.run(main())
