import asyncio


async def quick():
    return 'q'


async def main():
    t = asyncio.create_task(quick())
    await t
    print('task done; adding callback')
    t.add_done_callback(lambda f: print('late callback ran, result', f.result()))
    print('callback not run synchronously')
    await asyncio.sleep(0)
    print('after one yield')


asyncio.run(main())
