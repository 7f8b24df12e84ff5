import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError('broken'))
    print(f)
    print(f.done(), repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print('result raised', e)
    try:
        await f
    except ValueError as e:
        print('await raised', e)
    g = loop.create_future()
    g.set_exception(KeyError)
    print(repr(g.exception()))
    h = loop.create_future()
    try:
        h.set_exception(StopIteration('s'))
    except TypeError as e:
        print('TypeError:', e)
    print(h.done())


asyncio.run(main())
