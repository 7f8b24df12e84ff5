import asyncio


async def waiter(ev):
    await ev.wait()
    print('waiter woke even though the event was cleared again; is_set =', ev.is_set())


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    ev.set()
    ev.set()
    print('double set ok', ev.is_set())


asyncio.run(main())
