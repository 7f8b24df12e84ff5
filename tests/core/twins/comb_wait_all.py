# wait(ALL_COMPLETED): returns once every task is done; nothing pending.
import asyncio


async def work(name, delay, value):
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    tasks = [asyncio.create_task(work("a", 0.04, 1)),
             asyncio.create_task(work("b", 0.02, 2)),
             asyncio.create_task(work("c", 0.06, 3))]
    done, pending = await asyncio.wait(tasks)
    print("done", len(done), "pending", len(pending))
    print("results", *sorted(t.result() for t in done))


asyncio.run(main())
