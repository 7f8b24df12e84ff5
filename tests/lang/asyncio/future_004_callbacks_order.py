import asyncio


def make(name):
    def cb(fut):
        print('callback', name, 'sees', fut.result())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for name in 'abc':
        f.add_done_callback(make(name))
    loop.call_soon(print, 'call_soon scheduled before set_result')
    f.set_result('R')
    loop.call_soon(print, 'call_soon scheduled after set_result')
    print('set_result returned')
    await asyncio.sleep(0)
    print('main resumed')


asyncio.run(main())
