import asyncio


class AppError(Exception):
    pass


async def main():
    loop = asyncio.get_running_loop()
    for exc in (AppError('custom'), TimeoutError('t'), asyncio.CancelledError('c')):
        f = loop.create_future()
        try:
            f.set_exception(exc)
            print(type(exc).__name__, 'set ->', f.cancelled())
            await f
        except asyncio.CancelledError as e:
            print('CancelledError raised', e.args)
        except Exception as e:
            print('raised', type(e).__name__, e)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
