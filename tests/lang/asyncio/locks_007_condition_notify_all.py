import asyncio


async def waiter(cond, name, log):
    async with cond:
        await cond.wait()
        log.append(name)


async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, n, log)) for n in 'abcde']
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print('notified all while holding the lock; woke so far', log)
    await asyncio.gather(*ts)
    print('wake order', log)


asyncio.run(main())
