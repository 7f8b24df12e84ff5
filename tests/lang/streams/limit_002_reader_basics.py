# StreamReader on its own: the limit check, and the repr while it has no transport.
import asyncio


async def main():
    print(repr(asyncio.StreamReader()))
    print(repr(asyncio.StreamReader(limit=5)))
    print(repr(asyncio.StreamReader(limit=2 ** 16)))
    for bad in [0, -3]:
        try:
            asyncio.StreamReader(limit=bad)
        except ValueError as e:
            print(bad, 'ValueError:', e)
    r = asyncio.StreamReader()
    print('at_eof:', r.at_eof(), 'exception:', r.exception())
    print('read(0):', await r.read(0), 'readexactly(0):', await r.readexactly(0))
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait_for(r.read(1), 0.05)
    except asyncio.TimeoutError:
        print('nothing to read: timeout')


asyncio.run(main())
