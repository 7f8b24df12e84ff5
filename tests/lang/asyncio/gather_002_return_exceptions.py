import asyncio


async def ok(v):
    await asyncio.sleep(0.01)
    return v


async def fail(exc):
    await asyncio.sleep(0.005)
    raise exc


async def main():
    r = await asyncio.gather(ok(1), fail(ValueError('v')), ok(3), fail(KeyError('k')),
                             return_exceptions=True)
    for item in r:
        print(type(item).__name__, repr(item))


asyncio.run(main())
