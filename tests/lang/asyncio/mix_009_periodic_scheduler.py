import asyncio


async def every(period, name, count, log):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(1, count + 1):
        await asyncio.sleep(max(0, start + i * period - loop.time()))
        log.append(name)


async def main():
    log = []
    await asyncio.gather(every(0.03, 'fast', 6, log), every(0.05, 'slow', 2, log))
    print(log)
    print({n: log.count(n) for n in ('fast', 'slow')})


asyncio.run(main())
