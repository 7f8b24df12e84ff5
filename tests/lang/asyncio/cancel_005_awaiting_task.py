import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('child cancelled too')
        raise


async def parent(c):
    try:
        await c
    except asyncio.CancelledError:
        print('parent cancelled')
        raise


async def main():
    c = asyncio.create_task(child())
    p = asyncio.create_task(parent(c))
    await asyncio.sleep(0.01)
    p.cancel()
    await asyncio.wait([p, c])
    print('parent', p.cancelled(), 'child', c.cancelled())


asyncio.run(main())
