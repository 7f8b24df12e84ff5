import asyncio


async def child(d):
    await asyncio.sleep(d)
    return d


async def main():
    a = asyncio.create_task(child(0.01))
    b = asyncio.create_task(child(0.05))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError because a child was cancelled')
    print('a done yet?', a.done(), '- a result', await a)
    print('gather cancelled?', g.cancelled())
    c = asyncio.create_task(child(0.05))
    d = asyncio.create_task(child(0.01))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    c.cancel()
    r = await g2
    print([type(x).__name__ for x in r])


asyncio.run(main())
