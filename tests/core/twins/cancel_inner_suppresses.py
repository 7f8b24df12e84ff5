import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner swallows the cancellation")
    return "inner value"


async def main():
    i = asyncio.create_task(inner())

    async def outer():
        value = await i
        # The cancellation went to the inner task, which refused it: outer goes on.
        print("outer got", value)
        await asyncio.sleep(0)
        return "outer value"

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    print("cancel outer ->", o.cancel())
    print("result:", await o)
    print("outer cancelled", o.cancelled(), "cancelling", o.cancelling())
    print("inner cancelled", i.cancelled(), "cancelling", i.cancelling())


asyncio.run(main())
