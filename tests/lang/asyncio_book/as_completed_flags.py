# tulip: book
# flags2-style download_coro: asyncio.as_completed over bare coroutines with an error counter.
import asyncio
import collections

DELAYS = {'BR': .03, 'CN': .01, 'ID': .05, 'IN': .02, 'XX': .04}


class FetchError(Exception):
    def __init__(self, country_code):
        self.country_code = country_code


@asyncio.coroutine
def download_one(cc):
    yield from asyncio.sleep(DELAYS[cc])
    if cc == 'XX':
        raise FetchError(cc)
    return cc + ' ok'


@asyncio.coroutine
def downloader_coro(cc_list):
    counter = collections.Counter()
    to_do = [download_one(cc) for cc in sorted(cc_list)]
    to_do_iter = asyncio.as_completed(to_do)
    for future in to_do_iter:
        try:
            res = yield from future
        except FetchError as exc:
            print('*** Error for {}'.format(exc.country_code))
            counter['error'] += 1
        else:
            print(res)
            counter['ok'] += 1
    return counter


loop = asyncio.get_event_loop()
counts = loop.run_until_complete(downloader_coro(DELAYS))
loop.close()
print(sorted(counts.items()))
