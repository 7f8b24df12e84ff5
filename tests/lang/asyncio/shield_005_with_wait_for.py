import asyncio


async def slow_save():
    await asyncio.sleep(0.05)
    print('save completed in background')
    return 'ok'


async def main():
    t = asyncio.create_task(slow_save())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.01)
    except TimeoutError:
        print('timed out waiting, but save continues')
    print('save cancelled?', t.cancelled())
    print(await t)


asyncio.run(main())
