# Barrier(3): arrival indices, n_waiting as the parties arrive, and a second round.
import asyncio


async def party(name, barrier, delay_iters):
    for _ in range(delay_iters):
        await asyncio.sleep(0)
    print(name, "arrives, n_waiting", barrier.n_waiting)
    i = await barrier.wait()
    print(name, "passed with index", i)


async def main():
    b = asyncio.Barrier(3)
    print("parties", b.parties)
    for delays in ([2, 0, 1], [0, 1, 0]):
        tasks = [asyncio.create_task(party(n, b, d)) for n, d in zip("ABC", delays)]
        await asyncio.gather(*tasks)
        print("n_waiting", b.n_waiting, "broken", b.broken)


asyncio.run(main())
