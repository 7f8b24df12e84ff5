import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.07, f.set_result, 'future')
    tasks = [asyncio.create_task(job('task-a', 0.12)), asyncio.create_task(job('task-b', 0.02))]
    it = asyncio.as_completed(tasks + [f])
    print(type(it).__name__)
    for fut in it:
        print(await fut)
    print('originals done:', all(t.done() for t in tasks))


asyncio.run(main())
