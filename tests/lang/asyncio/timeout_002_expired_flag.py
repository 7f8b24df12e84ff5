import asyncio


async def main():
    cm = None
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(0.5)
            except asyncio.CancelledError:
                print('inner sees CancelledError')
                raise
    except TimeoutError:
        print('outer sees TimeoutError')
    print('expired:', cm.expired())
    print('when is set:', cm.when() is not None)


asyncio.run(main())
