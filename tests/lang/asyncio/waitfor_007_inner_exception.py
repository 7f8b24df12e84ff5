import asyncio


async def bad():
    await asyncio.sleep(0.01)
    raise ArithmeticError('inner failure')


async def main():
    try:
        await asyncio.wait_for(bad(), 0.5)
    except ArithmeticError as e:
        print('propagated:', repr(e))
    try:
        await asyncio.wait_for(bad(), None)
    except ArithmeticError as e:
        print('propagated with None:', repr(e))


asyncio.run(main())
