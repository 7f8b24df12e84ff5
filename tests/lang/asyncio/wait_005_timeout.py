import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    ts = [asyncio.create_task(job(d), name=str(d)) for d in (0.01, 0.05, 0.2)]
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print('done', sorted(t.get_name() for t in done))
    print('pending', sorted(t.get_name() for t in pending))
    print('timeout does not cancel:', [t.cancelled() for t in ts])
    done, pending = await asyncio.wait(pending, timeout=0.05)
    print('second wait done', sorted(t.get_name() for t in done), 'pending', len(pending))
    for t in pending:
        t.cancel()


asyncio.run(main())
