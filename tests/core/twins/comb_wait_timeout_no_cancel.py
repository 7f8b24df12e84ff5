# wait's timeout does not cancel what is pending: the task runs on and finishes.
import asyncio


async def work(name, delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("finish", name)
    return value


async def main():
    t = asyncio.create_task(work("t", 0.06, 5))
    done, pending = await asyncio.wait([t], timeout=0.02)
    print("after wait: done", len(done), "pending", len(pending))
    print("t done", t.done(), "t cancelled", t.cancelled())
    print("t result", await t)


asyncio.run(main())
