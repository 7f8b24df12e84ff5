# Timeout.reschedule() outside the scope: RuntimeError, with the state in its message.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(loop.time() + 1)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    async with cm:
        await asyncio.sleep(0)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with asyncio.timeout(0) as cm2:
            await asyncio.sleep(0.02)
    except TimeoutError:
        print("TimeoutError")
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
