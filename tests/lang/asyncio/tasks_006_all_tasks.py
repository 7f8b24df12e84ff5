import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    print(len(asyncio.all_tasks()), 'task(s) at start')
    ts = [asyncio.create_task(sleeper(0.04 * (i + 1)), name=f'sleeper{i}') for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    print(asyncio.current_task() in asyncio.all_tasks())
    await ts[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
