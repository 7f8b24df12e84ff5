import asyncio


async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled by asyncio.run cleanup')
        await asyncio.sleep(0)
        print(name, 'cleanup finished')
        raise


async def main():
    asyncio.create_task(background('bg'))
    await asyncio.sleep(0)
    print('main finishing')
    return 'main result'


print(asyncio.run(main()))
