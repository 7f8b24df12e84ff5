# wait_for(aw, 0): a done task gives its result; a pending one is cancelled -> TimeoutError (one
# that never started never runs its body).
import asyncio


async def work(name, delay, value):
    print("start", name)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("finish", name)
    return value


async def main():
    d = asyncio.create_task(work("d", 0, 1))
    await asyncio.sleep(0.02)
    print("d done", d.done())
    print("result", await asyncio.wait_for(d, 0))

    fresh = asyncio.create_task(work("fresh", 0.04, 2))
    try:
        await asyncio.wait_for(fresh, 0)
    except TimeoutError:
        print("TimeoutError")
    print("fresh cancelled", fresh.cancelled())

    started = asyncio.create_task(work("started", 0.04, 3))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(started, 0)
    except TimeoutError:
        print("TimeoutError")
    print("started cancelled", started.cancelled())


asyncio.run(main())
