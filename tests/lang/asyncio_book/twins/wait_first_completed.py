# Modern twin of asyncio_book/wait_first_completed.py.
import asyncio


async def sleepy(t):
    await asyncio.sleep(t)
    return t


async def main():
    pending = [asyncio.create_task(sleepy(t)) for t in (.03, .01, .02)]
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for f in done:
            print(await f)
        print('still pending:', len(pending))


asyncio.run(main())
