import asyncio


async def body():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("raised by the body")


async def main():
    t = asyncio.create_task(body())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await t raised CancelledError:", e)
    # A coroutine raising CancelledError by itself ends its task cancelled, with no request.
    print("cancelled", t.cancelled(), "cancelling", t.cancelling())


asyncio.run(main())
