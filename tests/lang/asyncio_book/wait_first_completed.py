# tulip: book
# asyncio.wait(..., return_when=FIRST_COMPLETED) on bare coroutines, in a loop.
import asyncio
from concurrent.futures import FIRST_COMPLETED


@asyncio.coroutine
def sleepy(t):
    yield from asyncio.sleep(t)
    return t


@asyncio.coroutine
def main():
    pending = [sleepy(.03), sleepy(.01), sleepy(.02)]
    while pending:
        done, pending = yield from asyncio.wait(pending, return_when=FIRST_COMPLETED)
        for f in done:
            print((yield from f))
        print('still pending:', len(pending))


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
