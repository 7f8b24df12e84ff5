import asyncio


async def worker(sem, n, log):
    async with sem:
        log.append(f'+{n}')
        await asyncio.sleep(0.01)
        log.append(f'-{n}')


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(sem, n, log) for n in range(5)))
    print(' '.join(log))
    print('locked', sem.locked())


asyncio.run(main())
