import asyncio


async def runner(barrier, name, log):
    for rnd in range(3):
        await asyncio.sleep(0.001 * (ord(name) - 96))
        log.append(f'{name}{rnd}')
        await barrier.wait()


async def main():
    barrier = asyncio.Barrier(2)
    log = []
    await asyncio.gather(runner(barrier, 'a', log), runner(barrier, 'b', log))
    print(log)


async def solo():
    b = asyncio.Barrier(1)
    async with b as pos:
        print('async with on Barrier(1) gives', pos)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
asyncio.run(solo())
