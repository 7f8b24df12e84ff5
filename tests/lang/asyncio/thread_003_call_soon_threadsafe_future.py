# A thread completes an asyncio future through loop.call_soon_threadsafe, and another one runs
# a coroutine on the loop with run_coroutine_threadsafe and waits for its result.
import asyncio
import threading
import time


def setter(loop, fut):
    time.sleep(0.3)
    print('setter: setting the result')
    loop.call_soon_threadsafe(fut.set_result, 'from the thread')


async def double(x):
    await asyncio.sleep(0.2)
    return x * 2


def asker(loop, results):
    time.sleep(0.5)
    cf = asyncio.run_coroutine_threadsafe(double(21), loop)
    print('asker: submitted, done:', cf.done())
    results.append(cf.result())
    print('asker: got', results[-1])


async def ticker():
    for i in range(5):
        print('tick', i)
        await asyncio.sleep(0.2)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(ticker())
    results = []
    threads = [threading.Thread(target=setter, args=(loop, fut)),
               threading.Thread(target=asker, args=(loop, results))]
    for th in threads:
        th.start()
    print('awaiting the future')
    print('future result:', await fut)
    await t
    for th in threads:
        await asyncio.to_thread(th.join)
    print('results:', results)


asyncio.run(main())
