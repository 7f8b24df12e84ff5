import asyncio


async def waiter(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        print('waiter cancelled while awaiting a future')
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print('the awaited future got cancelled too:', fut.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled:', t.cancelled())


asyncio.run(main())
