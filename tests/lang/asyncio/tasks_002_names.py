import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print('main name:', me.get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name='custom')
    t3 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name('renamed')
    print(t3.get_name())
    t1.set_name(42)
    print(repr(t1.get_name()))
    await asyncio.gather(t1, t2, t3)
    print('done', t1.done(), t2.done(), t3.done())


asyncio.run(main())
