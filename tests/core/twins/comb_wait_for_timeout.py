# wait_for times out: TimeoutError, and the inner task is cancelled (and waited for) first.
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
    inner = asyncio.create_task(work("inner", 0.2, 1))
    try:
        await asyncio.wait_for(inner, 0.02)
    except TimeoutError:
        print("TimeoutError")
    print("inner done", inner.done(), "inner cancelled", inner.cancelled())
    try:
        await asyncio.wait_for(work("coro", 0.2, 2), 0.02)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
