# tulip: book
# flags_asyncio.py's download_many: loop.run_until_complete(asyncio.wait(to_do)).
import asyncio

POP_CC = ('CN IN US ID BR').split()


@asyncio.coroutine
def get_flag(cc):
    yield from asyncio.sleep(.01 * (POP_CC.index(cc) + 1))
    return cc.encode() * 10


@asyncio.coroutine
def download_one(cc):
    image = yield from get_flag(cc)
    print(cc, end=' ')
    return cc, len(image)


def download_many(cc_list):
    loop = asyncio.get_event_loop()
    to_do = [download_one(cc) for cc in sorted(cc_list)]
    wait_coro = asyncio.wait(to_do)
    res, _ = loop.run_until_complete(wait_coro)
    loop.close()
    return sorted(fut.result() for fut in res)


results = download_many(POP_CC)
print()
print(len(results), 'flags downloaded:', results)
