import asyncio


async def resource_user(name, log):
    log.append(f'{name} open')
    try:
        await asyncio.sleep(1)
        log.append(f'{name} not reached')
    finally:
        log.append(f'{name} closed')


async def main():
    log = []
    ts = [asyncio.create_task(resource_user(n, log)) for n in ('r1', 'r2')]
    await asyncio.sleep(0.01)
    for t in ts:
        t.cancel()
    results = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(log)


asyncio.run(main())
