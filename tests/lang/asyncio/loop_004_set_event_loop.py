import asyncio


async def which():
    return asyncio.get_running_loop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(which()) is loop)
other = asyncio.new_event_loop()
print(other.run_until_complete(which()) is other)
print(asyncio.get_event_loop() is loop)
other.close()
loop.close()
asyncio.set_event_loop(None)
print('set_event_loop(None) ok')
