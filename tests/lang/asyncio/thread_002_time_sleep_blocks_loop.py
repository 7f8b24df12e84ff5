# time.sleep inside a coroutine blocks its thread's event loop: the other tasks wait, but
# another thread keeps running (the chapter's warning).
import asyncio
import threading
import time


def chatter(n):
    time.sleep(0.15)
    for i in range(n):
        print('thread says', i)
        time.sleep(0.2)


async def ticker():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print('tick 0')
    await asyncio.sleep(0.3)
    late = loop.time() - start - 0.3
    print('tick 1, late:', late > 0.25)


async def main():
    th = threading.Thread(target=chatter, args=(4,))
    th.start()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)
    print('blocking the loop')
    time.sleep(0.6)
    print('loop free again')
    await t
    th.join()
    print('thread alive:', th.is_alive())


asyncio.run(main())
