import asyncio


async def download(cc, d):
    await asyncio.sleep(d)
    if cc == 'XX':
        raise LookupError('404 ' + cc)
    return cc


async def main():
    table = {'BR': 0.03, 'CN': 0.01, 'XX': 0.02, 'IN': 0.04, 'US': 0.05}
    counter = {'ok': 0, 'error': 0}
    todo = [download(cc, d) for cc, d in table.items()]
    for n, fut in enumerate(asyncio.as_completed(todo), 1):
        try:
            cc = await fut
            counter['ok'] += 1
            print(f'{n}/{len(table)} {cc} saved')
        except LookupError as e:
            counter['error'] += 1
            print(f'{n}/{len(table)} error: {e}')
    print(counter)


asyncio.run(main())
