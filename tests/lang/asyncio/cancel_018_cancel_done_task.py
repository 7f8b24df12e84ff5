import asyncio


async def quick():
    return 'q'


async def main():
    t = asyncio.create_task(quick())
    await t
    print('cancel finished task:', t.cancel(), t.cancelled(), t.result())
    u = asyncio.create_task(quick())
    print('first cancel:', u.cancel(), 'second cancel:', u.cancel())
    await asyncio.sleep(0)
    print('u cancelled', u.cancelled())


asyncio.run(main())
