import asyncio


async def job(n):
    await asyncio.sleep(0.005 * n)
    return n * 2


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(5)]
    try:
        await asyncio.wait(t for t in tasks)
    except TypeError as e:
        print('TypeError:', e)
    done, pending = await asyncio.wait(tuple(tasks[:2]), timeout=0.01)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(set(tasks))
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
