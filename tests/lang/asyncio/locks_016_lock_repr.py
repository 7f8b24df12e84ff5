import asyncio


def clean(r):
    head, _, tail = r.partition(' at 0x')
    return head + ' ' + tail.split(' ', 1)[1] if tail else r


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.01)


async def main():
    lock = asyncio.Lock()
    print(clean(repr(lock)))
    t = asyncio.create_task(holder(lock))
    u = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    print(clean(repr(lock)))
    await asyncio.gather(t, u)
    print(clean(repr(asyncio.Event())))
    print(clean(repr(asyncio.Semaphore(3))))


asyncio.run(main())
