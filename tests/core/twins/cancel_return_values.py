import asyncio


async def quick():
    return 1


async def sleeper():
    await asyncio.sleep(10)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("pending future:", fut.cancel())
    print("cancelled future:", fut.cancel())
    done = loop.create_future()
    done.set_result(1)
    print("done future:", done.cancel())
    q = asyncio.create_task(quick())
    await q
    print("finished task:", q.cancel())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("sleeping task:", s.cancel())
    print("sleeping task again:", s.cancel())
    try:
        await s
    except asyncio.CancelledError:
        pass
    print("cancelled task:", s.cancel())


asyncio.run(main())
