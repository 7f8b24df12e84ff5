# tulip: book
# `yield from` each thing a generator coroutine waits on: a Future, a Task, an `async def`
# coroutine, another generator coroutine, a failing future; a cancellation thrown in while the
# coroutine handles an error keeps that error as its __context__.
import asyncio


@asyncio.coroutine
def double(x):
    yield from asyncio.sleep(.01)
    return x * 2


async def triple(x):
    await asyncio.sleep(.01)
    return x * 3


@asyncio.coroutine
def stubborn(log):
    try:
        raise KeyError('busy')
    except KeyError:
        try:
            yield from asyncio.sleep(1)
        except asyncio.CancelledError as e:
            log.append('cancelled while handling %r' % (e.__context__,))
            raise


@asyncio.coroutine
def main(loop):
    fut = loop.create_future()
    loop.call_later(.01, fut.set_result, 'future result')
    print((yield from fut))
    print((yield from double(2)))
    print((yield from triple(2)))
    task = asyncio.async(double(5))
    print((yield from task))
    bad = loop.create_future()
    loop.call_later(.01, bad.set_exception, ValueError('bad future'))
    try:
        yield from bad
    except ValueError as e:
        print('caught', e)

    async def modern():
        return (await double(10)) + 1

    print((yield from modern()))
    log = []
    victim = asyncio.async(stubborn(log))
    yield from asyncio.sleep(.01)
    victim.cancel()
    try:
        yield from victim
    except asyncio.CancelledError:
        print('victim cancelled:', victim.cancelled(), log)


loop = asyncio.get_event_loop()
loop.run_until_complete(main(loop))
loop.close()
