# tulip: book
import asyncio

async def sleepy(t):
    await asyncio.sleep(t)
    return t
    
async def main():
    pending = [sleepy(3), sleepy(1), sleepy(2)]
    done, _ = await asyncio.wait(pending)
    for f in done:
        print(await f)
    
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
