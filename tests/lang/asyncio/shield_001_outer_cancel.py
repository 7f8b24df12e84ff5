import asyncio


async def important():
    await asyncio.sleep(0.03)
    print('important work finished')
    return 'saved'


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled?', inner.cancelled())
    print('inner result', await inner)


asyncio.run(main())
