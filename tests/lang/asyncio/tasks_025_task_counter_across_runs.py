import asyncio


async def name_of_self():
    return asyncio.current_task().get_name()


async def main():
    t = asyncio.create_task(name_of_self())
    return asyncio.current_task().get_name(), await t


first = asyncio.run(main())
second = asyncio.run(main())
print('first run', first)
print('second run', second)
print('names are numbered Task-N:', all(n.startswith('Task-') for n in first + second))
print('counter grows across runs:', int(second[0][5:]) > int(first[1][5:]))
