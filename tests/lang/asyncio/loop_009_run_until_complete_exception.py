import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError('from run_until_complete')


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fail())
except ValueError as e:
    print('caught', e)
print('loop usable after exception:', loop.run_until_complete(asyncio.sleep(0, result='yes')))
t = loop.create_task(asyncio.sleep(1))
loop.call_later(0.01, t.cancel)
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print('run_until_complete of a cancelled task raises CancelledError')
loop.close()
