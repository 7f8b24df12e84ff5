import asyncio


def on_timer(n):
    print('timer', n)
    if n == 2:
        raise ZeroDivisionError('division in callback')


async def main():
    loop = asyncio.get_running_loop()
    for n in (1, 2, 3):
        loop.call_later(0.01 * n, on_timer, n)
    await asyncio.sleep(0.05)
    print('loop survived the failing callback')


asyncio.run(main())
