# shield of a task that is done already: its result at once, or its exception.
import asyncio


async def value(v):
    return v


async def boom():
    raise ValueError("done boom")


async def main():
    t = asyncio.create_task(value(3))
    e = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("t done", t.done(), "e done", e.done())
    print("shielded", await asyncio.shield(t))
    try:
        await asyncio.shield(e)
    except ValueError as x:
        print("caught ValueError", x)


asyncio.run(main())
