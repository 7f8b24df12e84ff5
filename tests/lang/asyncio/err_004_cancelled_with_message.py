import asyncio


async def main():
    print('main cancels itself with a message')
    asyncio.current_task().cancel('shutting down')
    await asyncio.sleep(0)
    print('not reached')


asyncio.run(main())
