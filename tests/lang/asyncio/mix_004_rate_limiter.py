import asyncio

active = 0
peak = 0


async def fetch(sem, i, log):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f'start{i}')
        await asyncio.sleep(0.01)
        active -= 1
        log.append(f'end{i}')
        return i * i


async def main():
    sem = asyncio.Semaphore(3)
    log = []
    results = await asyncio.gather(*(fetch(sem, i, log) for i in range(8)))
    print(results)
    print('peak concurrency', peak)
    print(log[:4])


asyncio.run(main())
