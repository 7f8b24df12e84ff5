import asyncio


def fire(name):
    print('fire', name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.03, fire, 'c')
    loop.call_later(0.01, fire, 'a')
    loop.call_later(0.02, fire, 'b')
    loop.call_soon(fire, 'soon')
    loop.call_later(0, fire, 'zero')
    await asyncio.sleep(0.05)
    print('main done')


asyncio.run(main())
