# The default executor: jobs run at once on new workers (named asyncio_N), a finished worker is
# reused, a concurrent future's result() blocks the loop (not the workers), and asyncio.run waits
# for a job still running when main() returns (shutdown_default_executor).
import asyncio
import concurrent.futures
import threading
import time


def job(name, seconds, show_thread=True):
    time.sleep(seconds)
    if show_thread:
        print('job', name, 'done on', threading.current_thread().name)
    else:
        print('job', name, 'done')
    return name


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(loop.run_in_executor(None, job, 'a', 0.3),
                                   loop.run_in_executor(None, job, 'b', 0.1))
    print('gathered', results)
    # Either idle worker may take it: which one is not printed.
    print('again:', await loop.run_in_executor(None, job, 'c', 0.1, False))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix='own') as pool:
        cf = pool.submit(job, 'd', 0.2)
        print('blocking on d:', cf.result())
        print('on own pool:', await loop.run_in_executor(pool, job, 'e', 0.1))
    loop.run_in_executor(None, job, 'late', 0.2, False)
    print('main returns')


asyncio.run(main())
print('after run')
loop = asyncio.new_event_loop()
loop.run_until_complete(loop.shutdown_default_executor())
try:
    loop.run_in_executor(None, job, 'x', 0)
except RuntimeError as e:
    print('RuntimeError:', e)
loop.close()
