import asyncio

DELAYS = {'BR': 0.03, 'CN': 0.01, 'IN': 0.05, 'US': 0.02, 'XX': 0.04}


class FetchError(Exception):
    def __init__(self, cc):
        super().__init__(cc)
        self.cc = cc


async def get_flag(cc):
    await asyncio.sleep(DELAYS[cc])
    if cc == 'XX':
        raise FetchError(cc)
    return cc.lower().encode() * 3


async def download_one(cc, sem):
    async with sem:
        image = await get_flag(cc)
    print(cc, len(image), 'bytes')
    return cc


async def download_many(cc_list):
    sem = asyncio.Semaphore(2)
    todo = [asyncio.create_task(download_one(cc, sem)) for cc in sorted(cc_list)]
    ok, errors = [], []
    for coro in asyncio.as_completed(todo):
        try:
            ok.append(await coro)
        except FetchError as e:
            errors.append(e.cc)
    return ok, errors


ok, errors = asyncio.run(download_many(DELAYS))
print(len(ok), 'flags downloaded:', ok)
print('errors:', errors)
