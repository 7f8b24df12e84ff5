import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = {name: loop.create_future() for name in ('x', 'y', 'z')}
    loop.call_later(0.08, futs['y'].set_result, 'Y')
    loop.call_later(0.03, futs['z'].set_exception, LookupError('Z'))
    loop.call_later(0.13, futs['x'].cancel)
    pending = set(futs.values())
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for name, f in sorted(futs.items()):
            if f in done:
                if f.cancelled():
                    print(name, 'cancelled')
                elif f.exception():
                    print(name, 'exception', repr(f.exception()))
                else:
                    print(name, 'result', f.result())


asyncio.run(main())
