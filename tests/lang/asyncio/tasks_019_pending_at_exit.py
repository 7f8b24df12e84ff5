import asyncio

log = []


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(name + ' cancelled at shutdown')
        raise
    finally:
        log.append(name + ' finally')


async def main():
    asyncio.create_task(forever('first'))
    asyncio.create_task(forever('second'))
    await asyncio.sleep(0.025)
    print('main returns with tasks pending')


asyncio.run(main())
# asyncio.run cancels leftovers in set order (by id), so sort before printing
print(sorted(log))
print('after run')
