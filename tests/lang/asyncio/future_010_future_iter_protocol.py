import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    first = next(it)
    print('pending future yields itself:', first is f)
    f.set_result(8)
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration value:', e.value)
    g = loop.create_future()
    g.set_result('done')
    try:
        next(g.__await__())
    except StopIteration as e:
        print('done future stops at once:', e.value)
    print(asyncio.isfuture(f), f.result())


asyncio.run(main())
