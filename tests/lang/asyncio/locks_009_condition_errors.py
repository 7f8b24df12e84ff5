import asyncio


async def main():
    cond = asyncio.Condition()
    for name, call in (('notify', cond.notify), ('notify_all', cond.notify_all)):
        try:
            call()
        except RuntimeError as e:
            print(name, 'RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('wait RuntimeError:', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print('shared lock held:', lock.locked())
    print(cond.locked())


asyncio.run(main())
