import asyncio


async def ok():
    await asyncio.sleep(0.01)
    return 'fine'


async def bad():
    await asyncio.sleep(0.01)
    raise OSError('disk')


async def main():
    print(await asyncio.shield(ok()))
    try:
        await asyncio.shield(bad())
    except OSError as e:
        print('error through shield:', e)
    f = asyncio.get_running_loop().create_future()
    f.set_result('done')
    print(asyncio.shield(f) is f)


asyncio.run(main())
