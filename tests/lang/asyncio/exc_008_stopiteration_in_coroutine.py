import asyncio


async def bad_next():
    await asyncio.sleep(0)
    next(iter([]))


async def main():
    try:
        await bad_next()
    except RuntimeError as e:
        print('RuntimeError:', e, '| cause', type(e.__cause__).__name__)
    t = asyncio.create_task(bad_next())
    try:
        await t
    except RuntimeError as e:
        print('in task:', e)
    f = asyncio.get_running_loop().create_future()
    try:
        f.set_exception(StopIteration)
    except TypeError:
        print('futures refuse StopIteration')


asyncio.run(main())
