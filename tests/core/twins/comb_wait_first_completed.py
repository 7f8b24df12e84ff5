# Seed 003: a FIRST_COMPLETED loop over sleepy(3), sleepy(1), sleepy(2).
import asyncio


async def sleepy(n):
    await asyncio.sleep(n * 0.02)
    print("sleepy", n, "woke")
    return n


async def main():
    pending = [asyncio.create_task(sleepy(3)), asyncio.create_task(sleepy(1)),
               asyncio.create_task(sleepy(2))]
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print("done", *sorted(t.result() for t in done), "pending", len(pending))


asyncio.run(main())
