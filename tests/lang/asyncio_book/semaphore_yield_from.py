# tulip: book
# `with (yield from semaphore):` limits concurrency, as in flags2_asyncio.py.
import asyncio

active = [0, 0]


@asyncio.coroutine
def get_flag(cc):
    yield from asyncio.sleep(.01)
    return cc.lower() * 2


@asyncio.coroutine
def download_one(cc, semaphore):
    with (yield from semaphore):
        active[0] += 1
        active[1] = max(active)
        image = yield from get_flag(cc)
        active[0] -= 1
    print(cc, image)
    return cc


def download_many(cc_list, concur_req):
    loop = asyncio.get_event_loop()
    semaphore = asyncio.Semaphore(concur_req, loop=loop)
    tasks = [asyncio.async(download_one(cc, semaphore)) for cc in cc_list]
    res = loop.run_until_complete(asyncio.gather(*tasks))
    loop.close()
    return res


print(download_many(['BR', 'CN', 'IN', 'US', 'FR'], 2))
print('peak concurrency:', active[1])
