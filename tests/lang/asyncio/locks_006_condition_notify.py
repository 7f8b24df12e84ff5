import asyncio


async def consumer(cond, name, box):
    async with cond:
        await cond.wait()
        print(name, 'notified; box =', box)


async def main():
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(consumer(cond, f'c{i}', box)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        box.append(1)
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        box.append(2)
        cond.notify(2)
    await asyncio.gather(*ts)


asyncio.run(main())
