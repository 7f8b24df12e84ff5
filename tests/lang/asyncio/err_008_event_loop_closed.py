import asyncio


def tick():
    print('tick')


loop = asyncio.new_event_loop()
loop.call_soon(tick)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print('closed; scheduling again')
loop.call_soon(tick)
