import asyncio


async def body():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel("the reason")
    for attempt in ["first", "second"]:
        try:
            await t
        except asyncio.CancelledError as e:
            # The original message the first time only (Future._make_cancelled_error).
            print(attempt, "await: message", repr(str(e)))
    f = asyncio.get_running_loop().create_future()
    f.cancel("future reason")
    for attempt in ["first", "second"]:
        try:
            await f
        except asyncio.CancelledError as e:
            print(attempt, "future await: message", repr(str(e)))


asyncio.run(main())
