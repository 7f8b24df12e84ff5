import asyncio


async def hello(n):
    await asyncio.sleep(0.01)
    print('hello', n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(hello(1), name='via-loop')
    print(t.get_name(), t.get_loop() is loop)
    u = asyncio.create_task(hello(2))
    print(u.get_loop() is loop)
    print(await t + await u)


asyncio.run(main())
