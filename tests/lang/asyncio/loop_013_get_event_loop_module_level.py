import asyncio


async def hello(n):
    await asyncio.sleep(0.01)
    return 'hello %d' % n


loop = asyncio.get_event_loop()
print('same loop twice:', asyncio.get_event_loop() is loop)
print(loop.run_until_complete(hello(1)))
print('not running between calls:', loop.is_running())
print(loop.run_until_complete(asyncio.gather(hello(2), hello(3))))
loop.close()
print(asyncio.run(hello(4)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('after asyncio.run:', e)
