# Nested asyncio.timeout(): the inner one expires, the outer one does not.
import asyncio


async def main():
    async with asyncio.timeout(0.1) as outer:
        try:
            async with asyncio.timeout(0.02) as inner:
                await asyncio.sleep(0.06)
                print("not reached")
        except TimeoutError:
            print("inner TimeoutError")
        print("inner expired", inner.expired(), "outer expired", outer.expired())
        await asyncio.sleep(0.02)
        print("outer body done")
    print("outer expired", outer.expired())
    print("cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
