import asyncio


async def worker(sem, name):
    try:
        async with sem:
            print(name, 'in')
            await asyncio.sleep(0.01)
            print(name, 'out')
    except asyncio.CancelledError:
        print(name, 'cancelled waiting on semaphore')
        raise


async def main():
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(worker(sem, n)) for n in 'abc']
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.wait(ts)
    print('locked', sem.locked(), [t.cancelled() for t in ts])


asyncio.run(main())
