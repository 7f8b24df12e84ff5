import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    ts = [asyncio.create_task(job('ok1', 0.01), name='ok1'),
          asyncio.create_task(job('bad', 0.02, True), name='bad'),
          asyncio.create_task(job('ok2', 0.04), name='ok2')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('done', names(done), 'pending', names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print('pending cancelled', [t.cancelled() for t in pending])


asyncio.run(main())
