import asyncio


async def party(barrier, name, d):
    await asyncio.sleep(d)
    print(name, 'arrives; waiting', barrier.n_waiting)
    idx = await barrier.wait()
    print(name, 'passes with index', idx)


async def main():
    barrier = asyncio.Barrier(3)
    print('parties', barrier.parties, 'broken', barrier.broken)
    await asyncio.gather(party(barrier, 'a', 0.01), party(barrier, 'b', 0.02), party(barrier, 'c', 0.03))
    print('n_waiting after', barrier.n_waiting)


asyncio.run(main())
