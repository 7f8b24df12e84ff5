import asyncio


async def slow():
    await asyncio.sleep(0.02)
    return 'value'


async def waiter(name, t):
    r = await t
    print(name, 'got', r)
    return name


async def main():
    t = asyncio.create_task(slow())
    w1 = asyncio.create_task(waiter('w1', t))
    w2 = asyncio.create_task(waiter('w2', t))
    w3 = asyncio.create_task(waiter('w3', t))
    print(await asyncio.gather(w1, w2, w3))
    print('awaiting done task again:', await t)


asyncio.run(main())
