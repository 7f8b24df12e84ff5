import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio


async def main():
    q = asyncio.PriorityQueue()
    for prio, name in [(5, 'backup'), (1, 'page'), (3, 'email'), (2, 'alert')]:
        q.put_nowait(Job(prio, name))

    async def runner():
        order = []
        while not q.empty():
            job = await q.get()
            order.append(job.name)
            await asyncio.sleep(0)
            q.task_done()
        return order
    print(await runner())
    await q.join()
    print('all jobs done')


asyncio.run(main())
