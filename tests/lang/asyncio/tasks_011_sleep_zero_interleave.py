import asyncio

log = []


async def ticker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(ticker(c, 4 - k)) for k, c in enumerate('xyz')]
    log.append('main')
    await asyncio.sleep(0)
    log.append('main-again')
    await asyncio.gather(*tasks)
    print(' '.join(log))


asyncio.run(main())
