import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    start = loop.time()
    loop.call_later(0.04, lambda: (print("late timer"), fut.set_result("late")))
    loop.call_later(0.02, lambda: print("early timer"))
    print("awaiting")
    print("got", await fut)
    print("waited at least 0.04:", loop.time() - start >= 0.04)


asyncio.run(main())
