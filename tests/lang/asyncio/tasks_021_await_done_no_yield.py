import asyncio

log = []


async def other():
    log.append('other ran')


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('ready')
    t = asyncio.create_task(other())
    v = await f
    log.append('awaited done future: ' + v)
    await asyncio.sleep(0)
    log.append('after sleep(0)')
    done_t = asyncio.create_task(asyncio.sleep(0, result='r'))
    await asyncio.sleep(0.01)
    log.append('done task awaited: ' + await done_t)
    print('\n'.join(log))


asyncio.run(main())
