import asyncio


def legacy_api(loop, x, callback):
    loop.call_later(0.01 * x, callback, x * 2)


def as_future(loop, x):
    f = loop.create_future()

    def done(value):
        if not f.done():
            f.set_result(value)
    legacy_api(loop, x, done)
    return f


async def main():
    loop = asyncio.get_running_loop()
    futs = [as_future(loop, x) for x in (3, 1, 2)]
    print(await asyncio.gather(*futs))
    first, *_ = await asyncio.wait(futs)
    print(sorted(f.result() for f in first))


asyncio.run(main())
