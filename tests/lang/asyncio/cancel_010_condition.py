import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, 'notified; lock held:', cond.locked())
        except asyncio.CancelledError:
            print(name, 'cancelled in wait(); lock re-acquired:', cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, 'a'))
    b = asyncio.create_task(waiter(cond, 'b'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.wait([a, b])
    print('a cancelled', a.cancelled(), 'b cancelled', b.cancelled(), 'locked', cond.locked())


asyncio.run(main())
