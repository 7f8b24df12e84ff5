# Producer threads feed an asyncio.Queue through loop.call_soon_threadsafe; a consumer task
# reads it until both producers have said they are done.
import asyncio
import threading
import time


def producer(loop, queue, name, first, count):
    time.sleep(first)
    for i in range(count):
        loop.call_soon_threadsafe(queue.put_nowait, (name, i))
        time.sleep(0.2)
    loop.call_soon_threadsafe(queue.put_nowait, (name, None))


async def consumer(queue, producers):
    got = []
    while producers:
        name, item = await queue.get()
        if item is None:
            print(name, 'finished')
            producers -= 1
        else:
            print('consumed', name, item)
            got.append(item)
    return got


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    threads = [threading.Thread(target=producer, args=(loop, queue, 'A', 0.1, 3)),
               threading.Thread(target=producer, args=(loop, queue, 'B', 0.2, 2))]
    for th in threads:
        th.start()
    got = await consumer(queue, len(threads))
    print('total', sum(got), 'items', len(got), 'queue empty:', queue.empty())
    for th in threads:
        th.join()


asyncio.run(main())
