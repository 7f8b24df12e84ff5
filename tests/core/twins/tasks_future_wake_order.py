import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waiter(name):
        value = await fut
        print(name, "woke with", value)

    a = asyncio.create_task(waiter("A"))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("callback"))
    b = asyncio.create_task(waiter("B"))
    await asyncio.sleep(0)
    # Tasks parked on a future and its done callbacks run in the order they were added.
    fut.set_result(1)
    print("set")
    await a
    await b


asyncio.run(main())
