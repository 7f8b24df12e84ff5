import asyncio


async def nop():
    pass


async def main():
    # An explicit name still uses up a number of the Task-N counter (CPython's C Task).
    w = asyncio.create_task(nop(), name="worker")
    x = asyncio.create_task(nop())
    print(w.get_name(), x.get_name())
    await w
    await x


asyncio.run(main())
