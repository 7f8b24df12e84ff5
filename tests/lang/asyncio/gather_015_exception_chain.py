import asyncio


async def bad(n):
    await asyncio.sleep(0.01 * n)
    try:
        {}['missing%d' % n]
    except KeyError as e:
        raise ValueError('wrapped %d' % n) from e


async def main():
    r = await asyncio.gather(bad(1), bad(2), return_exceptions=True)
    for e in r:
        print(repr(e), 'cause', repr(e.__cause__))
    try:
        await asyncio.gather(bad(2), bad(1))
    except ValueError as e:
        print('first to fail wins:', e)


asyncio.run(main())
