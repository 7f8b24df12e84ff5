# threading for the scenario language: green threads (_tulip_threads) with CPython 3.11's API.
# A blocking call gives up the thread's turn and then spins on `pending()`: the loop's backward
# jump is where the VM switches, so nothing after the call runs before the wait is over.
import _tulip_threads
import time as _time

_counter = 0
_threads = {}  # id -> Thread


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


def _nothing():
    pass


_idents = 0


def _counter_ident():
    global _idents
    _idents += 1
    return _idents


def _green_sleep(secs):
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    if _tulip_threads.sleep(secs):
        while _tulip_threads.pending():
            pass


def _wait(timeout):
    if _tulip_threads.wait(timeout):
        while _tulip_threads.pending():
            pass


def _deadline(timeout):
    return None if timeout is None else _time.monotonic() + timeout


def _left(deadline):
    if deadline is None:
        return None
    return max(0.0, deadline - _time.monotonic())


_time.sleep = _green_sleep


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._started = False
        self._ident = None
        self._done = False

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._done:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        if type(self).run is Thread.run:
            target = self._target if self._target is not None else _nothing
            args, kwargs = self._args, self._kwargs
        else:
            target, args, kwargs = self.run, (), {}
        self._ident = 140000000000000 + _counter_ident()
        _threads[self._ident - 140000000000000] = self
        _tulip_threads.start(target, args, kwargs, self._daemonic, self)
        while _tulip_threads.pending():  # the new thread runs first
            pass

    def _finish(self):
        self._done = True
        _tulip_threads.notify()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        deadline = _deadline(timeout)
        while not self._done:
            left = _left(deadline)
            if left == 0:
                break
            _wait(left)

    def is_alive(self):
        return self._started and not self._done

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def getName(self):
        return self._name

    def isDaemon(self):
        return self._daemonic


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = 140000000000000


_main = None


def main_thread():
    return _main


def current_thread():
    if _main is None:
        return None
    return _threads.get(_tulip_threads.current(), _main)


currentThread = current_thread


def active_count():
    return sum(1 for t in _threads.values() if t.is_alive())


def enumerate():
    return [t for t in _threads.values() if t.is_alive()]


def get_ident():
    return current_thread().ident


class Event:
    def __init__(self):
        self._flag = False

    def __repr__(self):
        return f"<threading.Event at {id(self):#x}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True
        _tulip_threads.notify()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        deadline = _deadline(timeout)
        while not self._flag:
            left = _left(deadline)
            if left == 0:
                return False
            _wait(left)
        return True


class Lock:
    def __init__(self):
        self._locked = False

    def __repr__(self):
        return f"<{'locked' if self._locked else 'unlocked'} _thread.lock object at {id(self):#x}>"

    def acquire(self, blocking=True, timeout=-1):
        deadline = _deadline(None if timeout < 0 else timeout)
        while self._locked:
            if not blocking:
                return False
            left = _left(deadline)
            if left == 0:
                return False
            _wait(left)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False
        _tulip_threads.notify()

    def locked(self):
        return self._locked

    def __enter__(self):
        self.acquire()
        return True

    def __exit__(self, *args):
        self.release()


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = _tulip_threads.current()
        if self._owner == me:
            self._count += 1
            return True
        deadline = _deadline(None if timeout < 0 else timeout)
        while self._owner is not None:
            if not blocking:
                return False
            left = _left(deadline)
            if left == 0:
                return False
            _wait(left)
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != _tulip_threads.current():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            _tulip_threads.notify()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self._waiters = []
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        token = [False]
        self._waiters.append(token)
        self._lock.release()
        try:
            deadline = _deadline(timeout)
            while not token[0]:
                left = _left(deadline)
                if left == 0:
                    break
                _wait(left)
            return token[0]
        finally:
            if token in self._waiters:
                self._waiters.remove(token)
            self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        deadline = _deadline(timeout)
        while not result:
            left = _left(deadline)
            if left == 0:
                break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        for token in self._waiters[:n]:
            token[0] = True
            self._waiters.remove(token)
        _tulip_threads.notify()

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        deadline = _deadline(timeout)
        while self._value == 0:
            if not blocking:
                return False
            left = _left(deadline)
            if left == 0:
                return False
            _wait(left)
        self._value -= 1
        return True

    def release(self, n=1):
        self._value += n
        _tulip_threads.notify()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        Semaphore.release(self, n)


_main = _MainThread()
_threads[0] = _main
