# Nested asyncio.timeout(): the outer one expires first; the inner scope lets the cancellation
# through, and the outer one turns it into TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(0.2)
            except asyncio.CancelledError:
                print("inner scope let CancelledError through")
                raise
            finally:
                print("inner expired", inner.expired())
    except TimeoutError:
        print("outer TimeoutError")
    print("outer expired", outer.expired())
    print("cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
