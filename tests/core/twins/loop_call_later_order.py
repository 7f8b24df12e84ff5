import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t = loop.time()
    loop.call_at(t + 0.08, lambda: (print("at 0.08"), done.set_result(None)))
    loop.call_at(t + 0.02, print, "at 0.02")
    # Equal deadlines run in the order they were scheduled.
    loop.call_at(t + 0.04, print, "at 0.04 first")
    loop.call_at(t + 0.04, print, "at 0.04 second")
    loop.call_at(t + 0.04, print, "at 0.04 third")
    loop.call_at(t + 0.06, print, "at 0.06")
    loop.call_soon(print, "soon")
    await done
    print("done")


asyncio.run(main())
