import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    task = loop.create_task(inner())
    print('nested run_until_complete with a task')
    loop.run_until_complete(task)


asyncio.run(main())
