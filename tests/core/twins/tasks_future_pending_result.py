import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("result() of pending:", type(e).__name__)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("exception() of pending:", type(e).__name__)
    fut.cancel()
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() of cancelled:", type(e).__name__)
    try:
        fut.exception()
    except asyncio.CancelledError as e:
        print("exception() of cancelled:", type(e).__name__)


asyncio.run(main())
