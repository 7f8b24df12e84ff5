# Seed 003's FIRST_COMPLETED loop, as core/examples/first_completed.cpp runs it. One change for
# Python 3.11: asyncio.wait() takes tasks (bare coroutines are deprecated), so they are created
# first, in the same order.
import asyncio
from concurrent.futures import FIRST_COMPLETED


async def sleepy(t):
    await asyncio.sleep(t)
    return t


async def main():
    pending = [asyncio.create_task(sleepy(t)) for t in (3, 1, 2)]
    while pending:
        done, pending = await asyncio.wait(pending, return_when=FIRST_COMPLETED)
        for f in done:
            print(await f)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
