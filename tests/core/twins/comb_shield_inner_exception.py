# shield: an exception of the inner task (or coroutine) reaches the await.
import asyncio


async def fail(name, delay):
    await asyncio.sleep(delay)
    print("raise", name)
    raise ValueError("boom " + name)


async def main():
    inner = asyncio.create_task(fail("task", 0.02))
    try:
        await asyncio.shield(inner)
    except ValueError as e:
        print("caught ValueError", e)
    print("inner done", inner.done())
    try:
        await asyncio.shield(fail("coro", 0.02))
    except ValueError as e:
        print("caught ValueError", e)


asyncio.run(main())
