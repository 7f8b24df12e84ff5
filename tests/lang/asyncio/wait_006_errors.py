import asyncio


async def job():
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError:', e)
    finally:
        c.close()
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    await t


asyncio.run(main())
