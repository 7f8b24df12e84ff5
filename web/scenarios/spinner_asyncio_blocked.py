# The chapter's warning, tried out: spinner_asyncio.py with time.sleep(3) in slow_function.
# "Never use time.sleep(...) in asyncio coroutines unless you want to block the main thread,
# therefore freezing the event loop and probably the whole application as well."
import asyncio
import itertools
import sys
import time


async def spin(msg):
    write, flush = sys.stdout.write, sys.stdout.flush
    for char in itertools.cycle('|/-\\'):
        status = char + ' ' + msg
        write(status)
        flush()
        write('\x08' * len(status))
        try:
            await asyncio.sleep(.1)
        except asyncio.CancelledError:
            break
    write(' ' * len(status) + '\x08' * len(status))



async def slow_function():
    # pretend waiting a long time for I/O, but block the event loop while doing it
    time.sleep(3)
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin('thinking!'))
    print('spinner object:', spinner)
    result = await slow_function()
    spinner.cancel()
    return result

def main():
    loop = asyncio.get_event_loop()
    result = loop.run_until_complete(supervisor())
    loop.close()
    print('Answer:', result)


if __name__ == '__main__':
    main()
