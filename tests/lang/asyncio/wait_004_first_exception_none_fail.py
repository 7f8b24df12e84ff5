import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.02, 0.01)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('no exception: waited for all', len(done), len(pending))
    print(sorted(t.result() for t in done))


asyncio.run(main())
