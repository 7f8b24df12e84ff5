import asyncio


async def inner():
    return 'inner'


async def main():
    loop = asyncio.get_running_loop()
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    c2 = inner()
    try:
        loop.run_until_complete(c2)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c2.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    return 'main survived'


print(asyncio.run(main()))
