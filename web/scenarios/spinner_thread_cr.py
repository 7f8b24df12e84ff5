import threading
import itertools
import time
import sys


class Signal:   
    go = True


def spin(msg, signal):   
    for char in itertools.cycle('|/-\\'):   
        status = char + ' ' + msg
        print('\r' + status, end = '')
        print('\r' * len(status), end='')   
        time.sleep(.1)
        if not signal.go:   
            break
    print('\r' + ' ' * (len(status)+2), end='')   


def slow_function():   
    # pretend waiting a long time for I/O
    time.sleep(3)   # GIL released so the secondary thread will proceed.
    return 42


def supervisor():   
    signal = Signal()
    spinner = threading.Thread(target=spin, # secondary thread object created
                               args=('thinking!', signal))
    print('spinner object:', spinner)   
    spinner.start()   # start secondary thread
    result = slow_function()   # run slow function
    signal.go = False          # change state to break for loop
    spinner.join()             # wait until spinner thread finishes
    return result


def main():
    result = supervisor()   
    print('\rAnswer:', result)


if __name__ == '__main__':
    main()
