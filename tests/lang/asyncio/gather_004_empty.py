import asyncio


async def main():
    g = asyncio.gather()
    print(type(g).__name__, g.done())
    print(await g)
    print(await asyncio.gather(return_exceptions=True))
    r = await asyncio.gather(*[])
    print(r, r == [])


asyncio.run(main())
