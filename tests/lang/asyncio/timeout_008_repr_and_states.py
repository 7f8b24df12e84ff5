import asyncio


async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
        await asyncio.sleep(0)
    print(repr(cm))
    cm2 = asyncio.timeout(0.01)
    try:
        async with cm2:
            await asyncio.sleep(0.1)
    except TimeoutError:
        pass
    print(repr(cm2))
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
