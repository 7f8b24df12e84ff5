# Awaiting a cancelled task raises the very CancelledError it ended with the first time (its
# __context__ included), then a new one; iter() of a future gives its iterator.
import asyncio


async def victim():
    try:
        raise LookupError('victim')
    except LookupError:
        await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel('stop')
    try:
        await t
    except asyncio.CancelledError as e:
        print('first', e.args, repr(e.__context__))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('second', e.args, repr(e.__context__))
    fut = asyncio.get_running_loop().create_future()
    it = iter(fut)
    print(type(it).__name__, next(it) is fut)
    fut.set_result(5)
    try:
        next(it)
    except StopIteration as e:
        print('stop', e.value)


asyncio.run(main())
