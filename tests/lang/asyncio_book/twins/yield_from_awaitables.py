# Modern twin of asyncio_book/yield_from_awaitables.py.
import asyncio


async def double(x):
    await asyncio.sleep(.01)
    return x * 2


async def triple(x):
    await asyncio.sleep(.01)
    return x * 3


async def stubborn(log):
    try:
        raise KeyError('busy')
    except KeyError:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            log.append('cancelled while handling %r' % (e.__context__,))
            raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(.01, fut.set_result, 'future result')
    print(await fut)
    print(await double(2))
    print(await triple(2))
    task = asyncio.create_task(double(5))
    print(await task)
    bad = loop.create_future()
    loop.call_later(.01, bad.set_exception, ValueError('bad future'))
    try:
        await bad
    except ValueError as e:
        print('caught', e)

    async def modern():
        return (await double(10)) + 1

    print(await modern())
    log = []
    victim = asyncio.create_task(stubborn(log))
    await asyncio.sleep(.01)
    victim.cancel()
    try:
        await victim
    except asyncio.CancelledError:
        print('victim cancelled:', victim.cancelled(), log)


asyncio.run(main())
