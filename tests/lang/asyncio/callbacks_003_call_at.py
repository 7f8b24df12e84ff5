import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    fired = []
    h1 = loop.call_at(now + 0.02, fired.append, 'second')
    h2 = loop.call_at(now + 0.01, fired.append, 'first')
    h3 = loop.call_at(now - 1, fired.append, 'past')
    print(type(h1).__name__, type(h3).__name__)
    print(h1.when() == now + 0.02, h2.when() > now)
    await asyncio.sleep(0.04)
    print(fired)
    print(loop.time() - now >= 0.03)


asyncio.run(main())
