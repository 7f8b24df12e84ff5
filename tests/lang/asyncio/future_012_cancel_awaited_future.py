import asyncio


async def waiter(f):
    try:
        await f
    except asyncio.CancelledError as e:
        print('waiter saw CancelledError', e.args)
        return 'handled'


async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.cancel('future cancelled')
    print(await t)
    print('task cancelled?', t.cancelled(), 'future cancelled?', f.cancelled())


asyncio.run(main())
