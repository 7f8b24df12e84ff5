# Modern twin of asyncio_book/sleepy_wait.py.
import asyncio


async def sleepy(t):
    await asyncio.sleep(t)
    print('awake', t)
    return t


async def main():
    tasks = [asyncio.create_task(sleepy(t)) for t in (.03, .01, .02)]
    done, pending = await asyncio.wait(tasks)
    print('pending:', len(pending))
    print('results:', sorted(f.result() for f in done))


asyncio.run(main())
