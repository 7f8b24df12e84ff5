# Modern twin of asyncio_book/as_completed_flags.py.
import asyncio
import collections

DELAYS = {'BR': .03, 'CN': .01, 'ID': .05, 'IN': .02, 'XX': .04}


class FetchError(Exception):
    def __init__(self, country_code):
        self.country_code = country_code


async def download_one(cc):
    await asyncio.sleep(DELAYS[cc])
    if cc == 'XX':
        raise FetchError(cc)
    return cc + ' ok'


async def downloader_coro(cc_list):
    counter = collections.Counter()
    to_do = [download_one(cc) for cc in sorted(cc_list)]
    for future in asyncio.as_completed(to_do):
        try:
            res = await future
        except FetchError as exc:
            print('*** Error for {}'.format(exc.country_code))
            counter['error'] += 1
        else:
            print(res)
            counter['ok'] += 1
    return counter


counts = asyncio.run(downloader_coro(DELAYS))
print(sorted(counts.items()))
