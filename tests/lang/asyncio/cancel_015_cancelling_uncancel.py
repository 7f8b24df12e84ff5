import asyncio


async def target():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('cancelling() in handler:', me.cancelling())
        print('uncancel() ->', me.uncancel())
        print('uncancel() ->', me.uncancel())
        print('cancelling() after:', me.cancelling())
    return 'recovered'


async def main():
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    print('before:', t.cancelling())
    t.cancel()
    t.cancel()
    print('after two cancel() calls:', t.cancelling())
    print(await t, t.cancelled())


asyncio.run(main())
