import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")


async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    for i in range(4):
        print("main", i)
        await asyncio.sleep(0)
    await a
    await b
    print("done")


asyncio.run(main())
