# tulip: book
# asyncio.wait on bare coroutines, driven by run_until_complete.
import asyncio


@asyncio.coroutine
def sleepy(t):
    yield from asyncio.sleep(t)
    print('awake', t)
    return t


@asyncio.coroutine
def main():
    done, pending = yield from asyncio.wait([sleepy(.03), sleepy(.01), sleepy(.02)])
    print('pending:', len(pending))
    print('results:', sorted(f.result() for f in done))


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
