import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    got = []
    try:
        for fut in asyncio.as_completed([job(0.01), job(0.2), job(0.02)], timeout=0.05):
            got.append(await fut)
            print('got', got[-1])
    except TimeoutError:
        print('TimeoutError after', got)


asyncio.run(main())
