import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def waiter(ts):
    try:
        await asyncio.wait(ts)
    except asyncio.CancelledError:
        print('waiter cancelled; inner tasks are not cancelled')
        raise


async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.02, 0.03)]
    w = asyncio.create_task(waiter(ts))
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.sleep(0)
    print('inner cancelled?', [t.cancelled() for t in ts])
    print('results', await asyncio.gather(*ts))


asyncio.run(main())
