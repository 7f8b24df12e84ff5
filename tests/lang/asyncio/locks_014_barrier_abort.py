import asyncio


async def party(barrier, name):
    try:
        await barrier.wait()
        print(name, 'passed')
    except asyncio.BrokenBarrierError:
        print(name, 'BrokenBarrierError')


async def main():
    barrier = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(barrier, n)) for n in 'ab']
    await asyncio.sleep(0.01)
    await barrier.abort()
    await asyncio.gather(*ts)
    print('broken', barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('wait on broken barrier:', type(e).__name__)
    await barrier.reset()
    print('after reset broken', barrier.broken)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
