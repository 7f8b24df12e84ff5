import asyncio


async def getter(q, name, log):
    for _ in range(2):
        item = await q.get()
        log.append(f'{name}:{item}')


async def main():
    q = asyncio.Queue()
    log = []
    gs = [asyncio.create_task(getter(q, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    for i in range(6):
        q.put_nowait(i)
        await asyncio.sleep(0)
    await asyncio.gather(*gs)
    print(log)


asyncio.run(main())
