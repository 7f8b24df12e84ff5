import asyncio

async def main():
    total = (1 +
             2
    print(total)

asyncio.run(main())
