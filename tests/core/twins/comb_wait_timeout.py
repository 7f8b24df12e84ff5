# wait(timeout=...): the tasks not done by then come back pending.
import asyncio


async def work(name, delay, value):
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def main():
    a = asyncio.create_task(work("a", 0.02, 1))
    b = asyncio.create_task(work("b", 0.06, 2))
    c = asyncio.create_task(work("c", 0.08, 3))
    done, pending = await asyncio.wait([a, b, c], timeout=0.04)
    print("done", len(done), "pending", len(pending))
    print("done results", *sorted(t.result() for t in done))
    print("pending names", *sorted(t.get_name() for t in pending))
    print("results", await b, await c)


asyncio.run(main())
