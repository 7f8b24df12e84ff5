import asyncio


async def child(d):
    await asyncio.sleep(d)
    return d


async def main():
    g = asyncio.gather(child(0.01), child(0.2), return_exceptions=True)
    await asyncio.sleep(0.03)
    g.cancel()
    try:
        r = await g
        print('result', r)
    except asyncio.CancelledError:
        print('CancelledError even with return_exceptions')


asyncio.run(main())
