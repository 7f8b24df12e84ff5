import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('sleeper got CancelledError', e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print('cancel() ->', t.cancel())
    print('cancelled() right after cancel():', t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got CancelledError', e.args)
    print('cancelled():', t.cancelled(), 'cancel() again ->', t.cancel())


asyncio.run(main())
