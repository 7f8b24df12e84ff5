import asyncio


async def heartbeat(name, period, beats, out):
    for i in range(beats):
        await asyncio.sleep(period)
        await out.put((name, i))
    print(name, 'stopped beating')


async def monitor(q, limit):
    seen = {}
    while True:
        try:
            async with asyncio.timeout(limit):
                name, i = await q.get()
        except TimeoutError:
            print('no heartbeat for', limit, 's; last seen', dict(sorted(seen.items())))
            return
        seen[name] = i


async def main():
    q = asyncio.Queue()
    hs = [asyncio.create_task(heartbeat('db', 0.02, 4, q)),
          asyncio.create_task(heartbeat('web', 0.035, 2, q))]
    await monitor(q, 0.1)
    await asyncio.gather(*hs)


asyncio.run(main())
