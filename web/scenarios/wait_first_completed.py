import asyncio
from concurrent.futures import FIRST_COMPLETED

async def sleepy(t):
    await asyncio.sleep(t)
    return t
    
async def main():
    # Python 3.11 no longer accepts bare coroutines in asyncio.wait: wrap each in a Task
    pending = [asyncio.create_task(sleepy(3)),
               asyncio.create_task(sleepy(1)),
               asyncio.create_task(sleepy(2))]
    while pending:
        done, pending = await asyncio.wait(pending, return_when=FIRST_COMPLETED)      
        for f in done:
            print(await f)
    
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
