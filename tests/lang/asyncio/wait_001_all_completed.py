import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (('a', 0.03), ('b', 0.01), ('c', 0.02))]
    done, pending = await asyncio.wait(tasks)
    print('done', names(done), 'pending', names(pending))
    print(type(done).__name__, sorted(t.result() for t in done))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
