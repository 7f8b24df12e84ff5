import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    return x * 2


loop = asyncio.new_event_loop()
print('running', loop.is_running(), 'closed', loop.is_closed())
print(loop.run_until_complete(work(5)))
t = loop.create_task(work(7))
print(loop.run_until_complete(t), t.done())
f = loop.create_future()
loop.call_soon(f.set_result, 'from callback')
print(loop.run_until_complete(f))
loop.close()
print('closed', loop.is_closed())
loop.close()
print('closing twice is fine')
