# Seed 003: three consumers over Queue(1), cancelled through the gather that runs them.
import asyncio


async def producer(q):
    for i in range(20):
        await q.put(i)
        print("producer put {}".format(i))
    await q.join()


async def consumer(name, q):
    print("consumer {} running".format(name))
    while True:
        try:
            value = await q.get()
        except asyncio.CancelledError:
            print("consumer {} cancelled".format(name))
            return
        print("consumer {} got {}".format(name, value))
        q.task_done()


async def main():
    q = asyncio.Queue(1)
    consumers = asyncio.gather(consumer("A", q), consumer("B", q), consumer("C", q))
    await producer(q)
    consumers.cancel()
    await asyncio.sleep(0)
    print("gather done:", consumers.done())


asyncio.run(main())
