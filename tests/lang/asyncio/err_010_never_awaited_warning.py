import asyncio


async def save(data):
    await asyncio.sleep(0)
    print('saved', data)


async def main():
    save('forgotten')
    await asyncio.sleep(0.01)
    print('main done; save() was called but never awaited')


asyncio.run(main())
