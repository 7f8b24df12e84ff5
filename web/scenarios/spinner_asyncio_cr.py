import asyncio
import itertools
import sys
# import nest_asyncio   (only needed inside Jupyter, whose event loop is already running)
# nest_asyncio.apply()

async def spin(msg):  # <1>
    for char in itertools.cycle('|/-\\'):
        status = char + ' ' + msg
        print('\r' + status, end = '')
        print('\r' * len(status), end='')   
        try:
            await asyncio.sleep(.1)  # sleep without blocking the event loop.
        except asyncio.CancelledError:  # break if asyncio.CancelledError 
                                        # is raised after spin wakes up,
            break
    print('\r' + ' ' * (len(status)+2), end='')   


async def slow_function():  # <5>
    # pretend waiting a long time for I/O
    await asyncio.sleep(3)  # let the event loop proceed while 
                            # this coroutine does I/O by sleeping.
    return 42


async def supervisor():  # <7>
    spinner = asyncio.ensure_future(spin('thinking!'))  # create Task object
#     schedules the spin coroutine to run, wrapping it in a Task object, 
#     which is returned immediately.
    print('spinner Task object:', spinner)  # <9>
    result = await slow_function()  # drive slow_function with await
    spinner.cancel()  # cancel Task object this raises asyncio.CancelledErro
    return result


def main():
    loop = asyncio.get_event_loop()  # create event loop
    result = loop.run_until_complete(supervisor())  # runs supervisor to completion
    print('\rAnswer:', result)


if __name__ == '__main__':
    main()
