import asyncio
from asyncio import CancelledError  # since Python 3.8 not the same class as concurrent.futures.CancelledError

async def producer(q):
    for i in range(20):
        await q.put(i)
        print("producer put {}".format(i))
    # wait for everything to be processed
    await q.join() 


async def consumer(name, q):
    print("consumer {} running".format(name))
    while True:
        try:
            value = await q.get()
        except CancelledError:
            print("consumer {} cancelled".format(name))
            return
        print("consumer {} got {}".format(name, value))
        q.task_done()
        

async def main():
    q = asyncio.Queue(1)
    
    # start some consumers
    consumers = asyncio.gather(
            consumer("A", q),
            consumer("B", q),
            consumer("C", q),
        )
    asyncio.ensure_future(consumers)
    
    # start the producer and wait for it finish
    await producer(q)
    
    # all done - tell the consumers to stop
    consumers.cancel()
  
    
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
