import asyncio


async def critical():
    await asyncio.sleep(0.1)
    print('critical done')
    return 42


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print('caller cancelled while waiting on shield')
        raise


async def main():
    inner = asyncio.create_task(critical())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    await asyncio.sleep(0)
    print('caller cancelled:', c.cancelled())
    print('inner still running:', not inner.done())
    print('inner gives', await inner)


asyncio.run(main())
