import asyncio


async def task_body(name):
    print('task', name, 'step 1')
    await asyncio.sleep(0)
    print('task', name, 'step 2')


loop = asyncio.new_event_loop()
loop.call_soon(print, 'callback A')
loop.create_task(task_body('T'))
loop.call_soon(print, 'callback B')
loop.call_later(0.01, loop.stop)
loop.run_forever()
print('is_running after stop', loop.is_running())
loop.close()
