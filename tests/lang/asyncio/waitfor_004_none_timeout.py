import asyncio


async def work():
    await asyncio.sleep(0.02)
    return 'no timeout'


async def main():
    print(await asyncio.wait_for(work(), None))
    print(await asyncio.wait_for(work(), timeout=None))
    f = asyncio.get_running_loop().create_future()
    f.set_result('done future')
    print(await asyncio.wait_for(f, None))


asyncio.run(main())
