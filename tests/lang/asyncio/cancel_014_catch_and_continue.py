import asyncio


async def resilient():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('ignoring cancel', attempt, 'cancelling() =', asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    return 'survived'


async def main():
    t = asyncio.create_task(resilient())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    print(await t)
    print('cancelled?', t.cancelled())


asyncio.run(main())
