import asyncio


async def step(name, d):
    try:
        await asyncio.sleep(d)
        print(name, 'finished')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    a = asyncio.create_task(step('protected', 0.1))
    b = asyncio.create_task(step('exposed', 0.1))
    g = asyncio.gather(asyncio.shield(a), b, return_exceptions=True)
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    print(await a)


asyncio.run(main())
