import asyncio


async def user(lock, name, log):
    async with lock:
        log.append(name + '+')
        await asyncio.sleep(0.005)
        log.append(name + '-')


async def main():
    lock = asyncio.Lock()
    log = []
    ts = [asyncio.create_task(user(lock, n, log)) for n in 'abcd']
    await asyncio.gather(*ts)
    print(' '.join(log))


asyncio.run(main())
