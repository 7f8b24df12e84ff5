import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    print('job', n, 'ran')
    return n


async def main():
    loop = asyncio.get_running_loop()
    tasks = []

    def spawn(n):
        print('callback spawning job', n)
        tasks.append(loop.create_task(job(n)))

    loop.call_soon(spawn, 1)
    loop.call_later(0.05, spawn, 2)
    await asyncio.sleep(0)
    print('tasks so far', len(tasks))
    await asyncio.sleep(0.1)
    print('results', [t.result() for t in tasks])


asyncio.run(main())
