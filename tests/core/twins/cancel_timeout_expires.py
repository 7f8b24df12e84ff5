import asyncio


async def main():
    async def body():
        try:
            async with asyncio.timeout(0.02):
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    # Inside the scope the deadline shows up as a cancellation ...
                    print("inside: CancelledError, cancelling", asyncio.current_task().cancelling())
                    raise
        except TimeoutError as e:
            # ... and the scope turns it into TimeoutError.
            print("outside:", type(e).__name__, "cancelling", asyncio.current_task().cancelling())
        return "body survived"

    t = asyncio.create_task(body())
    print(await t)
    print("cancelled", t.cancelled())


asyncio.run(main())
