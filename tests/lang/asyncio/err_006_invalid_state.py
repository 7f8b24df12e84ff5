import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    print('pending:', fut)
    print(fut.result())


asyncio.run(main())
