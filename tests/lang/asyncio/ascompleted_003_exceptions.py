import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2 == 0:
        raise ValueError(f'even {n}')
    return n


async def main():
    for fut in asyncio.as_completed([job(n) for n in (4, 1, 3, 2)]):
        try:
            print('ok', await fut)
        except ValueError as e:
            print('error', e)


asyncio.run(main())
