# Modern twin of asyncio_book/async_task_callback.py.
import asyncio


async def compute(x, y):
    print('Compute %s + %s ...' % (x, y))
    await asyncio.sleep(.02)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print('%s + %s = %s' % (x, y, result))
    return result


def report(fut):
    print('callback: done =', fut.done(), 'result =', fut.result())


async def main():
    task = asyncio.create_task(print_sum(1, 2))
    print(isinstance(task, asyncio.Task), task.done())
    task.add_done_callback(report)
    print('returned', await task)
    await asyncio.sleep(0)


asyncio.run(main())
