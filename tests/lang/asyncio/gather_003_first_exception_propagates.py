import asyncio


async def ok(name, d):
    await asyncio.sleep(d)
    print(name, 'finished anyway')
    return name


async def fail():
    await asyncio.sleep(0.01)
    raise RuntimeError('first failure')


async def main():
    slow = asyncio.create_task(ok('slow', 0.03))
    try:
        await asyncio.gather(fail(), slow)
    except RuntimeError as e:
        print('gather raised', e)
    print('slow cancelled?', slow.cancelled(), 'done?', slow.done())
    print('slow result', await slow)


asyncio.run(main())
