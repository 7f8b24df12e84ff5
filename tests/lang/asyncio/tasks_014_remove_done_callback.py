import asyncio


def cb1(t):
    print('cb1', t.result())


def cb2(t):
    print('cb2', t.result())


async def val():
    await asyncio.sleep(0)
    return 9


async def main():
    t = asyncio.create_task(val())
    t.add_done_callback(cb1)
    t.add_done_callback(cb2)
    t.add_done_callback(cb1)
    print('removed', t.remove_done_callback(cb1))
    print('removed again', t.remove_done_callback(cb1))
    print('removed never-added', t.remove_done_callback(print))
    await t
    await asyncio.sleep(0)
    print('end')


asyncio.run(main())
