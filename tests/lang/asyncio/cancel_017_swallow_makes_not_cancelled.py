import asyncio


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('swallowed')
    return 'normal return'


async def convert():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError('converted')


async def main():
    a = asyncio.create_task(swallow())
    b = asyncio.create_task(convert())
    await asyncio.sleep(0)
    a.cancel()
    b.cancel()
    print(await a, a.cancelled())
    try:
        await b
    except ValueError as e:
        print('b raised', repr(e), 'cancelled', b.cancelled(), 'context', type(e.__context__).__name__)


asyncio.run(main())
