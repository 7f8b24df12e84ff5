import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, 'completed')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    a = asyncio.create_task(child('a', 0.01))
    b = asyncio.create_task(child('b', 0.1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.03)
    print('cancel gather:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError')
    print('a:', a.cancelled(), 'b:', b.cancelled(), 'g:', g.cancelled())


asyncio.run(main())
