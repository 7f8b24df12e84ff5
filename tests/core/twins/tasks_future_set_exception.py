import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, lambda: fut.set_exception(ValueError("from timer")))
    try:
        await fut
    except ValueError as e:
        print("await raised", type(e).__name__, e)
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    print("exception():", type(fut.exception()).__name__, fut.exception())
    try:
        fut.result()
    except ValueError as e:
        print("result() raised", type(e).__name__, e)


asyncio.run(main())
