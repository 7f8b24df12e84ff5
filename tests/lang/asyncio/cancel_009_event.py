import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, 'saw the event')
    except asyncio.CancelledError:
        print(name, 'cancelled in Event.wait()')
        raise


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.wait(ts)
    print([t.cancelled() for t in ts])


asyncio.run(main())
