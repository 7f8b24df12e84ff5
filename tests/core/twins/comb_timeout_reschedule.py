# Timeout.reschedule(): a later deadline saves the body; a deadline set on a timeout(None) scope
# expires it; a deadline in the past expires it at the next iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(loop.time() + 0.06)
        await asyncio.sleep(0.04)
        print("survived past the first deadline")
    print("expired", cm.expired())

    try:
        async with asyncio.timeout(None) as cm2:
            print("when is None", cm2.when() is None)
            cm2.reschedule(loop.time() + 0.02)
            await asyncio.sleep(0.06)
            print("not reached")
    except TimeoutError:
        print("TimeoutError")
    print("expired", cm2.expired())

    try:
        async with asyncio.timeout(0.1) as cm3:
            cm3.reschedule(loop.time() - 1)
            print("rescheduled into the past")
            await asyncio.sleep(0.02)
            print("not reached")
    except TimeoutError:
        print("TimeoutError")
    print("expired", cm3.expired())


asyncio.run(main())
