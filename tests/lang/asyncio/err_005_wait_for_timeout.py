import asyncio


async def slow_query():
    await asyncio.sleep(1)
    return 'rows'


async def main():
    print('querying with a 0.02 s timeout')
    rows = await asyncio.wait_for(slow_query(), timeout=0.02)
    print(rows)


asyncio.run(main())
