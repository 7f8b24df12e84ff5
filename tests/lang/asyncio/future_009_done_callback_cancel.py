import asyncio


def on_done(f):
    print('done callback: cancelled =', f.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done)
    f.cancel()
    print('cancel() returned; callback pending')
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(on_done)
    g.set_exception(OSError('io'))
    await asyncio.sleep(0)
    print('exception retrieved:', repr(g.exception()))


asyncio.run(main())
