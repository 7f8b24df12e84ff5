# tulip: book
import asyncio

async def sleepy(t):
    print("sleeping", t)
    await asyncio.sleep(t)
    print("awake", t)
        
async def main():
    await asyncio.wait([sleepy(3), sleepy(1), sleepy(2)])      
    
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
