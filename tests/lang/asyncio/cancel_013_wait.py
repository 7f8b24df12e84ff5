import asyncio


async def job(n):
    await asyncio.sleep(0.03 * n)
    return n


async def outer(ts):
    try:
        await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
    except asyncio.CancelledError:
        print('outer cancelled inside asyncio.wait')
        raise


async def main():
    ts = [asyncio.create_task(job(n)) for n in (1, 5)]
    o = asyncio.create_task(outer(ts))
    await asyncio.sleep(0.06)
    o.cancel()
    await asyncio.sleep(0)
    print('done flags', [t.done() for t in ts], 'outer cancelled', o.cancelled())
    print(await asyncio.gather(*ts))


asyncio.run(main())
