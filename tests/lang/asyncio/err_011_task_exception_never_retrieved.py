import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError('nobody looked at me')


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print('main done without awaiting the failed task')


asyncio.run(main())
print('exit status stays 0')
