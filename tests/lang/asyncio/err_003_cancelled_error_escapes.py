import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    print('awaiting a cancelled task without catching')
    await t


asyncio.run(main())
