# Barrier.reset(): the waiters get BrokenBarrierError, the barrier is usable again.
import asyncio


async def main():
    b = asyncio.Barrier(3)

    async def party(name):
        try:
            i = await b.wait()
            print(name, "passed with index", i)
        except asyncio.BrokenBarrierError as e:
            print(name, "BrokenBarrierError", e)

    tasks = [asyncio.create_task(party(n)) for n in "AB"]
    await asyncio.sleep(0.02)
    print("n_waiting", b.n_waiting)
    await b.reset()
    print("reset, broken", b.broken, "n_waiting", b.n_waiting)
    await asyncio.gather(*tasks)
    print("after reset: broken", b.broken, "n_waiting", b.n_waiting)
    tasks = [asyncio.create_task(party(n)) for n in "CDE"]
    await asyncio.gather(*tasks)
    print("n_waiting", b.n_waiting, "broken", b.broken)


asyncio.run(main())
