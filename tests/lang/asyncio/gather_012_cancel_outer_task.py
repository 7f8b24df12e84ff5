import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('child', n, 'got CancelledError')
        raise


async def parent():
    try:
        await asyncio.gather(child(1), child(2), child(3))
    except asyncio.CancelledError:
        print('parent got CancelledError')
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent task cancelled:', t.cancelled())


asyncio.run(main())
