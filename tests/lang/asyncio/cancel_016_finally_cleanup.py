import asyncio


async def worker(log):
    log.append('start')
    try:
        await asyncio.sleep(1)
    finally:
        log.append('cleanup begins')
        await asyncio.sleep(0.01)
        log.append('cleanup done')


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append('task cancelled')
    print(log)


asyncio.run(main())
