# wait_for times out but the inner task suppresses its cancellation: wait_for waits for it and
# returns its result instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print("stubborn suppresses the cancellation")
        await asyncio.sleep(0.04)
        print("stubborn returns")
        return "kept"
    return "finished"


async def ticker():
    await asyncio.sleep(0.04)
    print("tick")


async def main():
    tick = asyncio.create_task(ticker())
    t = asyncio.create_task(stubborn())
    r = await asyncio.wait_for(t, 0.02)
    print("wait_for returned", r)
    print("t cancelled", t.cancelled())
    await tick


asyncio.run(main())
