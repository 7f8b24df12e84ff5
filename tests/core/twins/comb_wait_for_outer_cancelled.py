# The task running wait_for is cancelled: the inner task is cancelled (and waited for) too, and
# CancelledError (not TimeoutError) comes out.
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
    inner = asyncio.create_task(work("inner", 0.2, 1))

    async def runner():
        try:
            await asyncio.wait_for(inner, 0.1)
        except asyncio.CancelledError:
            print("runner cancelled, inner done", inner.done())
            raise
        except TimeoutError:
            print("TimeoutError")

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.02)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("r cancelled", r.cancelled(), "inner cancelled", inner.cancelled())


asyncio.run(main())
