import asyncio


async def nop():
    pass


async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop())
    print(a.get_name(), b.get_name())
    a.set_name("renamed")
    print(a.get_name())
    await a
    await b


asyncio.run(main())
