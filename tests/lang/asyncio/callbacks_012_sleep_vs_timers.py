import asyncio


async def sleeper(name, d):
    await asyncio.sleep(d)
    print('task', name, 'woke')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.06, print, 'timer 0.06')
    t1 = asyncio.create_task(sleeper('0.03', 0.03))
    t2 = asyncio.create_task(sleeper('0.09', 0.09))
    loop.call_later(0.12, print, 'timer 0.12')
    await asyncio.gather(t1, t2)
    await asyncio.sleep(0.06)
    print('end')


asyncio.run(main())
