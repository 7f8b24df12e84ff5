import asyncio


async def job(x):
    await asyncio.sleep(0)
    return x + 1


async def main():
    coro = job(1)
    t = asyncio.create_task(coro)
    print(t.get_coro() is coro)
    print(type(t.get_coro()).__name__)
    print(t.get_coro().__name__, t.get_coro().__qualname__)
    print(await t)
    print(t.get_coro() is coro)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(job))
    print(asyncio.iscoroutine(t), asyncio.isfuture(t), asyncio.isfuture(coro))


asyncio.run(main())
