import asyncio


async def helper():
    return 'helper'


async def main():
    coro = helper()
    try:
        return asyncio.run(coro)
    finally:
        coro.close()
        print('closed the coroutine to avoid a warning')


asyncio.run(main())
