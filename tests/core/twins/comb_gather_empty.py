# gather of nothing: done at once, with an empty list.
import asyncio


async def main():
    g = asyncio.gather(*[])
    print("done at once", g.done())
    r = await g
    print("result count", len(r))


asyncio.run(main())
