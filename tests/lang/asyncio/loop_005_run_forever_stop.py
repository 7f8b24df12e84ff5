import asyncio


async def job(loop):
    for i in range(3):
        print('job step', i)
        await asyncio.sleep(0.01)
    loop.stop()


loop = asyncio.new_event_loop()
task = loop.create_task(job(loop))
loop.run_forever()
print('run_forever returned; task done', task.done())
loop.call_later(0.01, loop.stop)
loop.run_forever()
print('stopped again by a timer')
loop.close()
