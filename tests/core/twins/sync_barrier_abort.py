# Barrier.abort(): the waiters get BrokenBarrierError, and so does any later wait().
import asyncio


async def main():
    b = asyncio.Barrier(3)

    async def party(name):
        try:
            await b.wait()
            print(name, "passed")
        except asyncio.BrokenBarrierError as e:
            print(name, "BrokenBarrierError", e)

    tasks = [asyncio.create_task(party(n)) for n in "AB"]
    await asyncio.sleep(0.02)
    print("n_waiting", b.n_waiting)
    await b.abort()
    print("aborted, broken", b.broken, "n_waiting", b.n_waiting)
    await asyncio.gather(*tasks)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("late BrokenBarrierError", e)


asyncio.run(main())
