import asyncio


async def getter(q, name, log):
    while True:
        item = await q.get()
        log.append(f'{name}:{item}')
        if item >= 4:
            return


async def main():
    q = asyncio.Queue()
    log = []
    gs = [asyncio.create_task(getter(q, n, log)) for n in 'ab']
    await asyncio.sleep(0)
    for i in range(6):
        q.put_nowait(i)
    await asyncio.gather(*gs)
    print(log)
    print('left in queue', q.qsize())


asyncio.run(main())
