# gather(return_exceptions=True): errors (and a cancelled child) become results, in order.
import asyncio


async def work(name, delay, value):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return value


async def fail_value(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    raise ValueError("bad value " + name)


async def fail_runtime(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    raise RuntimeError("bad state " + name)


async def main():
    victim = asyncio.create_task(work("victim", 0.2, 0))

    async def killer():
        await asyncio.sleep(0.02)
        print("cancelling victim")
        victim.cancel("stop")

    k = asyncio.create_task(killer())
    results = await asyncio.gather(work("ok", 0.06, 7), fail_value("v", 0.04),
                                   fail_runtime("r", 0.08), victim, return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print("error", type(r).__name__, str(r))
        else:
            print("value", r)
    await k


asyncio.run(main())
