import asyncio
import itertools


async def spin(msg):
    frames = []
    for char in itertools.cycle('|/-\\'):
        status = char + ' ' + msg
        frames.append(status)
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            break
    print('frames shown:', len(frames), 'first:', frames[:4])
    print('blank line length', len(' ' * len(status)))


async def slow_function():
    await asyncio.sleep(0.35)
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin('thinking!'))
    print('spinner object:', repr(spinner).replace(__file__, 'main.py'))
    result = await slow_function()
    spinner.cancel()
    await asyncio.sleep(0)
    return result


def main():
    result = asyncio.run(supervisor())
    print('Answer:', result)


if __name__ == '__main__':
    main()
