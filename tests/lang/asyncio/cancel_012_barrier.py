import asyncio


async def party(barrier, name):
    try:
        index = await barrier.wait()
        print(name, 'passed')
        return index
    except asyncio.CancelledError:
        print(name, 'cancelled at the barrier')
        raise


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party(barrier, 'a'))
    b = asyncio.create_task(party(barrier, 'b'))
    await asyncio.sleep(0)
    print('waiting', barrier.n_waiting)
    a.cancel()
    await asyncio.sleep(0)
    print('after cancel: waiting', barrier.n_waiting, 'broken', barrier.broken)
    c = asyncio.create_task(party(barrier, 'c'))
    d = asyncio.create_task(party(barrier, 'd'))
    r = await asyncio.gather(b, c, d)
    print('indices', sorted(r), 'a cancelled', a.cancelled())


asyncio.run(main())
