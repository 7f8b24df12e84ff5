# asyncio.timeout(): the deadline passes -> the body sees CancelledError, the scope raises
# TimeoutError, and the task's cancellation count is back to 0.
import asyncio


async def body():
    print("body start")
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("body cancelled")
        raise
    print("body end")


async def main():
    try:
        async with asyncio.timeout(0.02):
            await body()
    except TimeoutError:
        print("TimeoutError")
    print("cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
