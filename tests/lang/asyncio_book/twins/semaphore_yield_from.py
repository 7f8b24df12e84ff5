# Modern twin of asyncio_book/semaphore_yield_from.py.
import asyncio

active = [0, 0]


async def get_flag(cc):
    await asyncio.sleep(.01)
    return cc.lower() * 2


async def download_one(cc, semaphore):
    async with semaphore:
        active[0] += 1
        active[1] = max(active)
        image = await get_flag(cc)
        active[0] -= 1
    print(cc, image)
    return cc


async def download_all(cc_list, concur_req):
    semaphore = asyncio.Semaphore(concur_req)
    tasks = [asyncio.create_task(download_one(cc, semaphore)) for cc in cc_list]
    return await asyncio.gather(*tasks)


def download_many(cc_list, concur_req):
    return asyncio.run(download_all(cc_list, concur_req))


print(download_many(['BR', 'CN', 'IN', 'US', 'FR'], 2))
print('peak concurrency:', active[1])
