import asyncio

async def sleepy(t):
    print("sleeping", t)
    await asyncio.sleep(t)
    print("awake", t)
        
async def main():
    # Python 3.11 no longer accepts bare coroutines in asyncio.wait: wrap each in a Task
    await asyncio.wait([asyncio.create_task(sleepy(3)),
                        asyncio.create_task(sleepy(1)),
                        asyncio.create_task(sleepy(2))])
    
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
