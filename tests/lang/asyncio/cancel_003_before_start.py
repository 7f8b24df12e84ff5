import asyncio

started = False


async def never():
    global started
    started = True
    print('never prints')


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    print('cancelled before first step; done?', t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('CancelledError; body started?', started)
    print(t.cancelled())


asyncio.run(main())
