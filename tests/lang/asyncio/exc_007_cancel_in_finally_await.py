import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('first cancel caught; cleaning up slowly')
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('second cancel interrupts cleanup')
            raise
    return 'unreachable'


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    print('still running after first cancel:', not t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled:', t.cancelled())


asyncio.run(main())
