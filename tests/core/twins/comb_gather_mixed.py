# gather of tasks and coroutines mixed: the tasks run first (created first), the coroutines become
# tasks in argument order; the results follow the arguments.
import asyncio


async def work(name, delay, value):
    print("start", name, asyncio.current_task().get_name())
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    t1 = asyncio.create_task(work("t1", 0.04, "T1"))
    t2 = asyncio.create_task(work("t2", 0, "T2"))
    results = await asyncio.gather(work("c1", 0.02, "C1"), t1, work("c2", 0, "C2"), t2)
    print("results", *results)


asyncio.run(main())
