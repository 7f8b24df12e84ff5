# tulip: book
import asyncio
from concurrent.futures import FIRST_COMPLETED

async def sleepy(t):
    await asyncio.sleep(t)
    return t
    
async def main():
    pending = [sleepy(3), sleepy(1), sleepy(2)]
    while pending:
        done, pending = await asyncio.wait(pending, return_when=FIRST_COMPLETED)      
        for f in done:
            print(await f)
    
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
