import asyncio


async def cleanup():
    await asyncio.sleep(0)
    raise OSError('cleanup failed')


async def op():
    try:
        await asyncio.sleep(0)
        raise ValueError('op failed')
    finally:
        await cleanup()


async def main():
    try:
        await op()
    except OSError as e:
        print(repr(e), 'context:', repr(e.__context__))
    try:
        try:
            await asyncio.wait_for(asyncio.sleep(1), 0.01)
        except TimeoutError as e:
            print('TimeoutError context:', type(e.__context__).__name__)
            raise LookupError('after timeout')
    except LookupError as e:
        print(repr(e), 'context:', type(e.__context__).__name__)


asyncio.run(main())
