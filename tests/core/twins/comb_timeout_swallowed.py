# The body of an expired asyncio.timeout() swallows the cancellation: no TimeoutError, but the
# scope is expired and the task's cancellation count is back to 0.
import asyncio


async def main():
    async with asyncio.timeout(0.02) as cm:
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
    print("no TimeoutError, expired", cm.expired())
    print("cancelling", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("still running")


asyncio.run(main())
