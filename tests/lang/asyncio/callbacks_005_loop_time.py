import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(type(t0).__name__)
    await asyncio.sleep(0.1)
    t1 = loop.time()
    print('advanced at least 0.1:', t1 - t0 >= 0.099)
    print('elapsed rounded:', round(t1 - t0, 1))
    await asyncio.sleep(0.2)
    print('elapsed rounded:', round(loop.time() - t0, 1))
    print('monotonic:', loop.time() >= t1)


asyncio.run(main())
