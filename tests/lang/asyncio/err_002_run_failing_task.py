import asyncio


class BadCC(Exception):
    pass


async def download(cc):
    await asyncio.sleep(0.01)
    if cc == 'ZZ':
        raise BadCC('bad cc')
    return cc


async def main():
    for cc in ('BR', 'CN', 'ZZ'):
        t = asyncio.create_task(download(cc))
        print('got', await t)


asyncio.run(main())
