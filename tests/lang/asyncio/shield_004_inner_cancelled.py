import asyncio


async def victim():
    await asyncio.sleep(1)


async def main():
    inner = asyncio.create_task(victim())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('cancelling the inner cancels the outer')
    print('outer cancelled:', outer.cancelled(), 'inner cancelled:', inner.cancelled())


asyncio.run(main())
