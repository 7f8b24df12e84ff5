import asyncio


async def square(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i * i


async def main():
    tasks = [asyncio.create_task(square(i)) for i in range(200)]
    total = 0
    for t in tasks:
        total += await t
    print('sum of squares', total)
    print('all done', all(t.done() for t in tasks))
    print('names', tasks[0].get_name() != tasks[1].get_name())


asyncio.run(main())
