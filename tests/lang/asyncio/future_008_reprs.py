import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 'two'])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ZeroDivisionError('x'))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    k = loop.create_future()
    k.set_result('a' * 10)
    print(repr(k))
    print(str(k) == repr(k))


asyncio.run(main())
