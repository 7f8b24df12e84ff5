# concurrent.futures for the scenario language: ThreadPoolExecutor on green threads.
import _tulip
import sys
import threading

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

if _tulip.book_mode():
    import asyncio as _asyncio
    CancelledError = _asyncio.CancelledError
else:
    class CancelledError(Exception):
        """The Future was cancelled."""
        __module__ = 'concurrent.futures._base'

TimeoutError = TimeoutError

class InvalidStateError(Exception):
    __module__ = 'concurrent.futures._base'

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class Future:
    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._done = threading.Event()

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception:
                return '<Future at %#x state=finished raised %s>' % (id(self), type(self._exception).__name__)
            return '<Future at %#x state=finished returned %s>' % (id(self), type(self._result).__name__)
        return '<Future at %#x state=%s>' % (id(self), self._state.lower())

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state != _CANCELLED:
            self._state = _CANCELLED
            self._done.set()
            self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _get(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def result(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError()
        return self._get()

    def exception(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError()
        if self._state == _CANCELLED:
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._callbacks.append(fn)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        self._state = _RUNNING
        return True

    def set_result(self, result):
        self._result = result
        self._state = _FINISHED
        self._done.set()
        self._invoke_callbacks()

    def set_exception(self, exception):
        self._exception = exception
        self._state = _FINISHED
        self._done.set()
        self._invoke_callbacks()

    def _invoke_callbacks(self):
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception as exc:
                print('exception calling callback for', self, file=sys.stderr)
        self._callbacks = []


class Executor:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown(wait=True)
        return False

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        def result_iterator():
            for f in fs:
                yield f.result(timeout)
        return result_iterator()


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 6
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._prefix = thread_name_prefix
        self._queue = []
        self._threads = []
        self._idle = 0  # CPython's _idle_semaphore: work items finished, not yet reused
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise RuntimeError(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        self._queue.append((f, fn, args, kwargs))
        threading._tulip_threads.notify()
        # As CPython: a worker that finished an item takes this one; else a new worker, which
        # starts on it at once.
        if self._idle:
            self._idle -= 1
        elif len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._prefix, len(self._threads))
            t = threading.Thread(name=name, target=self._worker)
            self._threads.append(t)
            t.start()
        return f

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                print('Exception in initializer:', file=sys.stderr)
                self._broken = ('A thread initializer failed, the thread pool is not usable '
                                'anymore')
                for f, *_ in self._queue:
                    f.set_exception(RuntimeError(self._broken))
                self._queue = []
                return
        while True:
            while not self._queue:
                # Idle workers end at shutdown, or with the program (CPython's exit hook).
                if self._shutdown or not threading._tulip_threads.alive(0):
                    return
                threading._wait(None)
            f, fn, args, kwargs = self._queue.pop(0)
            if f.set_running_or_notify_cancel():
                try:
                    r = fn(*args, **kwargs)
                except BaseException as exc:
                    f.set_exception(exc)
                else:
                    f.set_result(r)
            self._idle += 1

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for f, *_ in self._queue:
                f.cancel()
            self._queue = []
        threading._tulip_threads.notify()
        if wait:
            for t in self._threads:
                t.join()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = list(fs)
    deadline = threading._deadline(timeout)
    while True:
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            break
        if len(done) == len(fs):
            break
        left = threading._left(deadline)
        if left == 0:
            break
        threading._wait(left)
    return done, set(fs) - done


def as_completed(fs, timeout=None):
    fs = list(fs)
    deadline = threading._deadline(timeout)
    pending = list(fs)
    while pending:
        ready = [f for f in pending if f.done()]
        for f in ready:
            pending.remove(f)
            yield f
        if pending:
            left = threading._left(deadline)
            if left == 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
            threading._wait(left)
