import asyncio

async def sleepy(t):
    await asyncio.sleep(t)
    return t
    
async def main():
    # Python 3.11 no longer accepts bare coroutines in asyncio.wait: wrap each in a Task
    pending = [asyncio.create_task(sleepy(3)),
               asyncio.create_task(sleepy(1)),
               asyncio.create_task(sleepy(2))]
    done, _ = await asyncio.wait(pending)
    for f in done:
        print(await f)
    
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
