import asyncio


async def coro():
    return 1


loop = asyncio.new_event_loop()
loop.close()
print('is_closed', loop.is_closed())
c = coro()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError:', e)
finally:
    c.close()
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    loop.run_forever()
except RuntimeError as e:
    print('RuntimeError:', e)
