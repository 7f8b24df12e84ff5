import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel(msg='stop now'))
    print(f)
    print(f.cancelled(), f.done())
    print(f.cancel())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, 'raised CancelledError', e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print('await raised CancelledError', e.args)
    g = loop.create_future()
    g.cancel()
    try:
        g.result()
    except asyncio.CancelledError as e:
        print('no message:', e.args)


asyncio.run(main())
