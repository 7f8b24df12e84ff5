import asyncio
import functools


def cb(tag, fut):
    print('cb', tag, fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(functools.partial(cb, 'first'))
    f.add_done_callback(functools.partial(cb, 'second'))
    print('removed partial (not equal):', f.remove_done_callback(functools.partial(cb, 'first')))
    loop.call_later(0.01, f.set_result, 'later')
    print('waiting')
    print(await f)
    await asyncio.sleep(0)


asyncio.run(main())
