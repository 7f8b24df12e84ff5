import asyncio


async def level3():
    await asyncio.sleep(0)
    raise KeyError('deep')


async def level2():
    try:
        await level3()
    except KeyError as e:
        raise ValueError('level2 wrapper') from e


async def level1():
    try:
        await level2()
    except ValueError as e:
        raise RuntimeError('level1') 


async def main():
    try:
        await asyncio.create_task(level1())
    except RuntimeError as e:
        print(repr(e))
        print('context', repr(e.__context__))
        print('context cause', repr(e.__context__.__cause__))
        print('suppress', e.__suppress_context__, e.__context__.__suppress_context__)


asyncio.run(main())
