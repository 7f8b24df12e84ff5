import asyncio


async def worker(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)


async def main():
    tasks = []
    for name in ["A", "B", "C"]:
        tasks.append(asyncio.create_task(worker(name)))
    print("created")
    for t in tasks:
        await t
    print("done")


asyncio.run(main())
