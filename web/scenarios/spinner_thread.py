import threading, itertools, time, sys


class Signal: # 1
    go = True


def spin(msg, signal): # 2
    write, flush = sys.stdout.write, sys.stdout.flush
    for char in itertools.cycle('|/-\\'): # 3
        status = char + ' ' + msg
        write(status)
        flush()
        write('\x08' * len(status)) # 4
        time.sleep(.1)
        if not signal.go: # 5
            break
    write(' ' * len(status) + '\x08' * len(status)) # 6


def slow_function():
    # pretend waiting a long time for I/O
    time.sleep(3)
    return 42


def supervisor():
    signal = Signal()
    spinner = threading.Thread(target=spin, args=('thinking!', signal))
    print('spinner object:', spinner)
    spinner.start()
    result = slow_function()
    signal.go = False
    spinner.join()
    return result


def main():
    result = supervisor() # 15
    print('Answer:', result)


if __name__ == '__main__':
    main()
