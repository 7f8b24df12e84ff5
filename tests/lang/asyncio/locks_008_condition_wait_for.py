import asyncio

state = {'n': 0}


async def watcher(cond):
    async with cond:
        r = await cond.wait_for(lambda: state['n'] >= 3)
        print('predicate true, returned', r, 'n =', state['n'])


async def main():
    cond = asyncio.Condition()
    w = asyncio.create_task(watcher(cond))
    for _ in range(4):
        await asyncio.sleep(0.005)
        async with cond:
            state['n'] += 1
            print('n ->', state['n'])
            cond.notify_all()
    await w


asyncio.run(main())
