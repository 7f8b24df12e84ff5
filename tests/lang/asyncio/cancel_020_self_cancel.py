import asyncio


async def self_cancel():
    asyncio.current_task().cancel('from inside')
    print('still running after cancel() on self')
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print('raised at next await', e.args)
        raise


async def main():
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', e.args, t.cancelled())


asyncio.run(main())
