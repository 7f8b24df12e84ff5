# tulip: book
# asyncio.async(...) returns a Task; done callbacks and run_until_complete on it.
import asyncio


@asyncio.coroutine
def compute(x, y):
    print('Compute %s + %s ...' % (x, y))
    yield from asyncio.sleep(.02)
    return x + y


@asyncio.coroutine
def print_sum(x, y):
    result = yield from compute(x, y)
    print('%s + %s = %s' % (x, y, result))
    return result


def report(fut):
    print('callback: done =', fut.done(), 'result =', fut.result())


loop = asyncio.get_event_loop()
task = asyncio.async(print_sum(1, 2))
print(isinstance(task, asyncio.Task), task.done())
task.add_done_callback(report)
print('returned', loop.run_until_complete(task))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
