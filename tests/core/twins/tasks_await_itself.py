import asyncio


async def main():
    holder = []

    async def body():
        await asyncio.sleep(0)
        try:
            await holder[0]
        except RuntimeError as e:
            print("awaiting itself raised", type(e).__name__)
        return "after"

    t = asyncio.create_task(body())
    holder.append(t)
    print("result:", await t)


asyncio.run(main())
