import asyncio

count = 0


def bump(f):
    global count
    count += 1
    print('bump', count, f.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(bump)
    f.add_done_callback(bump)
    f.set_result('x')
    f.add_done_callback(bump)
    await asyncio.sleep(0)
    print('count after one yield', count)
    await asyncio.sleep(0)
    print('count after two yields', count)


asyncio.run(main())
