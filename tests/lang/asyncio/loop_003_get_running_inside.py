import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print('is_running inside:', loop.is_running())
    print('get_event_loop is the running loop:', asyncio.get_event_loop() is loop)
    return loop


loop = asyncio.run(main())
print('after run: running', loop.is_running(), 'closed', loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
