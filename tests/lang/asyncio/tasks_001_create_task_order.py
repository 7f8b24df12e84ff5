import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, 'step', i)
        await asyncio.sleep(0)
    return name.upper()


async def main():
    a = asyncio.create_task(worker('a', 3))
    b = asyncio.create_task(worker('b', 2))
    c = asyncio.create_task(worker('c', 1))
    print('tasks created, none started yet')
    await asyncio.sleep(0)
    print('after one yield')
    print(await a, await b, await c)


asyncio.run(main())
