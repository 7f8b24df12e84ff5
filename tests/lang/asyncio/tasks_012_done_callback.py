import asyncio


def report(t):
    if t.cancelled():
        print('callback:', t.get_name(), 'cancelled')
    elif t.exception() is not None:
        print('callback:', t.get_name(), 'failed with', repr(t.exception()))
    else:
        print('callback:', t.get_name(), 'result', t.result())


async def ok():
    await asyncio.sleep(0.01)
    return 5


async def bad():
    await asyncio.sleep(0.02)
    raise RuntimeError('nope')


async def main():
    a = asyncio.create_task(ok(), name='ok')
    b = asyncio.create_task(bad(), name='bad')
    c = asyncio.create_task(ok(), name='cancelme')
    for t in (a, b, c):
        t.add_done_callback(report)
    c.cancel()
    await asyncio.wait([a, b, c])
    await asyncio.sleep(0)
    print('end')


asyncio.run(main())
