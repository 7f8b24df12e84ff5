# __context__ of the exceptions an await raises or a cancellation throws in, with the coroutine
# inside an except block: wait_for's TimeoutError keeps its CancelledError, an awaited failure
# gets the handled exception, a cancellation gets what the cancelled coroutine was handling.
import asyncio


def ctx(e):
    c = e.__context__
    return type(c).__name__ + (repr(c.args) if c is not None else '')


async def slow():
    await asyncio.sleep(10)


async def failing():
    await asyncio.sleep(0)
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('child failed')


async def nested_wait_for():
    return await asyncio.wait_for(slow(), 0.1)


class FailingExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        raise OSError('aexit')


async def victim(log):
    try:
        raise LookupError('victim')
    except LookupError:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log.append('victim cancelled: ' + ctx(e))
            raise


async def in_finally(log):
    try:
        raise ArithmeticError('fin')
    finally:
        try:
            await slow()
        except asyncio.CancelledError as e:
            log.append('finally cancelled: ' + ctx(e))
            raise


async def converts():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError('converted')


async def main():
    try:
        raise IndexError('outer')
    except IndexError:
        try:
            await asyncio.wait_for(slow(), 0.1)
        except TimeoutError as e:
            print('wait_for:', ctx(e), 'cause', type(e.__cause__).__name__)
        try:
            await nested_wait_for()
        except TimeoutError as e:
            print('nested wait_for:', ctx(e))
        t = asyncio.create_task(slow())
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError as e:
            print('cancelled task:', ctx(e))
        try:
            await asyncio.gather(failing())
        except ValueError as e:
            print('gather:', ctx(e))
        t = asyncio.create_task(failing())
        await asyncio.sleep(0.1)
        try:
            await t
        except ValueError as e:
            print('failed task:', ctx(e))
    log = []
    for make in (victim, in_finally):
        t = asyncio.create_task(make(log))
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            pass
    print(log)
    try:
        async with FailingExit():
            raise ZeroDivisionError('body')
    except OSError as e:
        print('__aexit__:', ctx(e))
    try:
        async with asyncio.timeout(0.1):
            await slow()
    except TimeoutError as e:
        print('timeout():', ctx(e))
    t = asyncio.create_task(converts())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print('converted:', ctx(e))


asyncio.run(main())
