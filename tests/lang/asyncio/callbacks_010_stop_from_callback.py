import asyncio

loop = asyncio.new_event_loop()
ticks = []


def tick(n):
    ticks.append(n)
    if n == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick, n + 1)


loop.call_soon(tick, 0)
loop.run_forever()
print('ticks', ticks)
print('running?', loop.is_running())
loop.call_soon(print, 'second run_forever')
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print('closed', loop.is_closed())
