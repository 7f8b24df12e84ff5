import asyncio


async def step(i):
    try:
        await asyncio.sleep(0.1)
        return i
    finally:
        print(f'step {i} finally')


async def worker():
    got = None
    try:
        got = [await step(i) for i in range(5)]
    except asyncio.CancelledError as e:
        print('worker cancelled:', e.args, got)
        raise
    return got


async def stream(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print('stream finally')


async def reader():
    src = stream(5)
    try:
        return {v: await step(v) async for v in src}
    finally:
        await src.aclose()
        print('reader finally')


async def swallower():
    try:
        return [await step(i) for i in range(3)]
    except asyncio.CancelledError:
        return 'swallowed'


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.25)  # the third step is running
    t.cancel('stop')
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled:', t.cancelled())
    r = asyncio.create_task(reader())
    await asyncio.sleep(0.35)  # inside the second step, after two values of the stream
    r.cancel()
    await asyncio.gather(r, return_exceptions=True)
    print('reader cancelled:', r.cancelled())
    s = asyncio.create_task(swallower())
    await asyncio.sleep(0.05)
    s.cancel()
    print(await s, s.cancelled())


asyncio.run(main())
