import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    t = asyncio.create_task(fail('bad value'))
    await asyncio.sleep(0.01)
    print('done:', t.done())
    exc = t.exception()
    print('exception:', type(exc).__name__, exc)
    try:
        t.result()
    except ValueError as e:
        print('result() raised', repr(e))
    try:
        await t
    except ValueError as e:
        print('await raised', repr(e), e is exc)


asyncio.run(main())
