import asyncio

attempts = {'n': 0}


async def flaky():
    attempts['n'] += 1
    n = attempts['n']
    if n == 1:
        await asyncio.sleep(0.1)
    elif n == 2:
        await asyncio.sleep(0.005)
        raise ConnectionError('reset')
    await asyncio.sleep(0.005)
    return f'ok on attempt {n}'


async def retry(coro_fn, tries, timeout):
    for i in range(1, tries + 1):
        try:
            return await asyncio.wait_for(coro_fn(), timeout)
        except TimeoutError:
            print('attempt', i, 'timed out')
        except ConnectionError as e:
            print('attempt', i, 'failed:', e)
        await asyncio.sleep(0.01 * i)
    raise RuntimeError('gave up')


async def main():
    print(await retry(flaky, 5, 0.03))


asyncio.run(main())
