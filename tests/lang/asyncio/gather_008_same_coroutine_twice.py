import asyncio

calls = 0


async def once():
    global calls
    calls += 1
    await asyncio.sleep(0)
    return 'once'


async def main():
    c = once()
    r = await asyncio.gather(c, c, c)
    print(r, 'calls', calls)
    t = asyncio.create_task(once())
    r = await asyncio.gather(t, t)
    print(r, 'calls', calls)


asyncio.run(main())
