import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise RuntimeError(f'fail {n}')


async def main():
    ts = [asyncio.create_task(fail(n)) for n in (2, 1)]
    done, pending = await asyncio.wait(ts)
    print('wait returned normally, pending', len(pending))
    msgs = sorted(str(t.exception()) for t in done)
    print(msgs)


asyncio.run(main())
