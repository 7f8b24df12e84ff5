import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, 'callback one')
loop.stop()
loop.call_soon(print, 'callback two')
loop.run_forever()
print('run_forever with stop() queued runs one iteration')
loop.call_soon(loop.stop)
loop.run_forever()
print('second run done')
loop.close()
