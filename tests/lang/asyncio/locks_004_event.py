import asyncio


async def waiter(ev, name):
    print(name, 'waiting')
    r = await ev.wait()
    print(name, 'released, wait() returned', r)


async def main():
    ev = asyncio.Event()
    print('is_set', ev.is_set())
    ts = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0.01)
    ev.set()
    print('set; is_set', ev.is_set())
    await asyncio.gather(*ts)
    print('wait on set event:', await ev.wait())
    ev.clear()
    print('cleared; is_set', ev.is_set())


asyncio.run(main())
