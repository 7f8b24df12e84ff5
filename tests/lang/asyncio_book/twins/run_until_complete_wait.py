# Modern twin of asyncio_book/run_until_complete_wait.py.
import asyncio

POP_CC = ('CN IN US ID BR').split()


async def get_flag(cc):
    await asyncio.sleep(.01 * (POP_CC.index(cc) + 1))
    return cc.encode() * 10


async def download_one(cc):
    image = await get_flag(cc)
    print(cc, end=' ')
    return cc, len(image)


async def download_all(cc_list):
    to_do = [asyncio.create_task(download_one(cc)) for cc in sorted(cc_list)]
    res, _ = await asyncio.wait(to_do)
    return sorted(fut.result() for fut in res)


results = asyncio.run(download_all(POP_CC))
print()
print(len(results), 'flags downloaded:', results)
