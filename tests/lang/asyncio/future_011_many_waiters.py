import asyncio


async def waiter(i, f):
    v = await f
    print('waiter', i, 'got', v)
    return i * v


async def main():
    f = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(i, f)) for i in range(4)]
    await asyncio.sleep(0)
    print('waiters all blocked:', not any(t.done() for t in tasks))
    f.set_result(10)
    print(await asyncio.gather(*tasks))


asyncio.run(main())
