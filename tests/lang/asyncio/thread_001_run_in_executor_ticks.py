# loop.run_in_executor runs a blocking function on a worker thread while the loop's other
# tasks keep ticking; asyncio.to_thread does the same with keyword arguments.
import asyncio
import threading
import time


def blocking(seconds, label):
    time.sleep(seconds)
    print('blocking done:', label, threading.current_thread().name)
    return label.upper()


async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0.2)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker(4))
    fut = loop.run_in_executor(None, blocking, 0.5, 'first')
    print('got a', type(fut).__name__, 'done:', fut.done())
    print('result:', await fut)
    await t
    r = await asyncio.to_thread(blocking, seconds=0.1, label='second')
    print('to_thread:', r)
    print('main thread:', threading.current_thread().name)


asyncio.run(main())
print('after run: active threads', threading.active_count())
