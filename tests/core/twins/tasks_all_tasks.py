import asyncio


async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    print("at start:", len(asyncio.all_tasks()))
    tasks = []
    for n in [1, 2, 3]:
        tasks.append(asyncio.create_task(worker(n)))
    print("after create:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("after 1 step:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("after 2 steps:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("after 3 steps:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("after 4 steps:", len(asyncio.all_tasks()))
    print("main in all_tasks:", asyncio.current_task() in asyncio.all_tasks())
    for t in tasks:
        await t


asyncio.run(main())
