# asyncio for the scenario language: CPython 3.11's API, its argument checks and messages, over
# the core scheduler (_tulip). Scheduling, futures, tasks, queues and locks are the core's; this
# layer only turns arguments into futures in CPython's order and names things as CPython does.
import _tulip
import _tulip_threads
import sys

# ---- exceptions ----------------------------------------------------------------------------------
class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'

class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'

class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'

class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'

class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'

TimeoutError = TimeoutError
Future = _tulip.Future
Task = _tulip.Task

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

def iscoroutine(obj):
    # As 3.11's asyncio.coroutines: generators count (generator-based coroutines).
    return type(obj).__name__ in ('coroutine', 'generator')

def isfuture(obj):
    return isinstance(obj, Future)

def iscoroutinefunction(func):
    return _tulip.is_coroutine_function(func) or getattr(func, '_is_coroutine', False)

# Book mode accepts the first edition's `loop=` arguments (3.10 removed them).
_NO_LOOP = object()

def _check_loop_arg(loop, name):
    if loop is not _NO_LOOP and not _book:
        raise TypeError(f"{name}() got an unexpected keyword argument 'loop'")

# ---- events --------------------------------------------------------------------------------------
# The running loop and the current loop (set_event_loop) belong to a thread, as in CPython.
_thread_index = _tulip_threads.current
_running_loops = {}  # thread index -> its running loop
_current_loops = {}  # thread index -> the loop set_event_loop gave it (None included)

class AbstractEventLoop:
    __module__ = 'asyncio.events'

class _UnixSelectorEventLoop(AbstractEventLoop):
    __module__ = 'asyncio.unix_events'

    def __init__(self):
        self._core = _tulip.new_loop()
        self._closed = False
        self._debug = False
        self._default_executor = None
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return _tulip.loop_time(self._core)

    def is_running(self):
        return not self._closed and _tulip.loop_is_running(self._core)

    def is_closed(self):
        return self._closed

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        _check_callback(callback, 'call_soon')
        return _tulip.call_soon(self._core, callback, args)

    def call_soon_threadsafe(self, callback, *args, context=None):
        # An idle loop runs the other threads, so it sees this callback once their turn ends.
        self._check_closed()
        return _tulip.call_soon(self._core, callback, args)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        self._check_closed()
        _check_callback(callback, 'call_later')
        return _tulip.call_at(self._core, self.time() + delay, callback, args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        _check_callback(callback, 'call_at')
        return _tulip.call_at(self._core, when, callback, args)

    def create_future(self):
        return _tulip.create_future(self._core, self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return _tulip.create_task(self._core, self, coro, name)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        old = _get_running_loop()
        _set_running_loop(self)
        try:
            _tulip.run_forever(self._core)
        finally:
            _set_running_loop(old)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        old = _get_running_loop()
        _set_running_loop(self)
        try:
            _tulip.run_until_done(self._core, future)
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            _set_running_loop(old)
        return future.result()

    def stop(self):
        _tulip.loop_stop(self._core)

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        _tulip.loop_close(self._core)
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        # As CPython: a thread waits for the executor's workers, the loop goes on meanwhile.
        import threading
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        # func runs on a green thread of the executor; the loop runs on while it does.
        import concurrent.futures
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        if exc is not None:
            _tulip.report('\n'.join(lines) + '\n', exc)  # with its traceback, as logging does
        else:
            print('\n'.join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        self.default_exception_handler(context)


def _check_callback(callback, method):
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


def _get_running_loop():
    return _running_loops.get(_thread_index())

def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_thread_index(), None)
    else:
        _running_loops[_thread_index()] = loop

def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop

def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    index = _thread_index()
    # Only the main thread gets a loop made on demand.
    if index not in _current_loops and index == 0:
        set_event_loop(new_event_loop())
    loop = _current_loops.get(index)
    if loop is None:
        name = 'MainThread'
        if index:
            import threading
            name = threading.current_thread().name
        raise RuntimeError('There is no current event loop in thread %r.' % name)
    return loop

def set_event_loop(loop):
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _current_loops[_thread_index()] = loop

def new_event_loop():
    return _UnixSelectorEventLoop()

def _loop_for(loop):
    return get_event_loop() if loop is None else loop

# ---- runners -------------------------------------------------------------------------------------
def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        # asyncio.Runner.close (each step is a task, as the task names show)
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()

def _cancel_all_tasks(loop):
    to_cancel = _tulip.all_tasks(loop._core, True)  # in creation order
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            print('unhandled exception during asyncio.run() shutdown', file=sys.stderr)

# ---- tasks ---------------------------------------------------------------------------------------
def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _tulip.current_task(loop._core)

def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _tulip.all_tasks(loop._core)

def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name)

def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            async def _wrap_awaitable(awaitable):
                return await awaitable
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)

async def sleep(delay, result=None, *, loop=_NO_LOOP):
    _check_loop_arg(loop, 'sleep')
    return await _tulip.sleep(delay, result)

def gather(*coros_or_futures, return_exceptions=False, loop=_NO_LOOP):
    _check_loop_arg(loop, 'gather')
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            arg_to_fut[arg] = fut
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    return _tulip.gather(children, return_exceptions, loop)

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED, loop=_NO_LOOP):
    _check_loop_arg(loop, 'wait')
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(fs)
    if _book:
        fs = [ensure_future(f) for f in fs]
    elif any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _tulip.wait(fs, timeout, return_when)

async def wait_for(fut, timeout, *, loop=_NO_LOOP):
    _check_loop_arg(loop, 'wait_for')
    if timeout is None:
        return await fut
    fut = ensure_future(fut)
    return await _tulip.wait_for(fut, timeout)

def as_completed(fs, *, timeout=None, loop=_NO_LOOP):
    _check_loop_arg(loop, 'as_completed')
    # A generator, as CPython's: the checks and the tasks happen at the first next().
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    todo = []
    for f in fs:
        f = ensure_future(f)
        if f not in todo:
            todo.append(f)
    for aw in _tulip.as_completed(todo, timeout):
        yield aw

def shield(arg, *, loop=_NO_LOOP):
    _check_loop_arg(loop, 'shield')
    inner = ensure_future(arg)
    if inner.done():
        return inner
    return _tulip.shield(inner)

async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))

def run_coroutine_threadsafe(coro, loop):
    import concurrent.futures
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future

# ---- futures of other threads (concurrent.futures) -----------------------------------------------
def _convert_future_exc(exc):
    import concurrent.futures
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args)
    return exc

def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())

def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())

def _chain_future(source, destination):
    # As CPython's: the result (or exception) of source is copied to destination, in
    # destination's loop; cancelling destination cancels source.
    import concurrent.futures
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)

def wrap_future(future, *, loop=None):
    import concurrent.futures
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future

# ---- timeouts ------------------------------------------------------------------------------------
class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._scope = _tulip.timeout_new(when)
        self._state = 'created'  # created, active, expiring, expired, finished

    def when(self):
        return _tulip.timeout_when(self._scope)

    def reschedule(self, when):
        _tulip.timeout_reschedule(self._scope, when)

    def expired(self):
        return _tulip.timeout_expired(self._scope)

    def __repr__(self):
        state = self._state
        if state == 'active' and self.expired():
            state = 'expiring'
        info = ['']
        if state == 'active':
            when = self.when()
            info.append(f"when={round(when, 3) if when is not None else None}")
        return f"<Timeout [{state}]{' '.join(info)}>"

    async def __aenter__(self):
        _tulip.timeout_enter(self._scope)
        self._state = 'active'
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._state = 'expired' if self.expired() else 'finished'
        if _tulip.timeout_exit(self._scope, exc_val):
            raise TimeoutError from exc_val
        return None

def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)

def timeout_at(when):
    return Timeout(when)

# ---- queues --------------------------------------------------------------------------------------
class Queue:
    __module__ = 'asyncio.queues'
    _kind = 0

    def __init__(self, maxsize=0, *, loop=_NO_LOOP):
        _check_loop_arg(loop, '__init__')
        self._maxsize = maxsize
        self._core = _tulip.queue_new(maxsize, self._kind)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self.qsize():
            result += f' _queue={self._items()!r}'
        unfinished = _tulip.queue_unfinished(self._core)
        if unfinished:
            result += f' tasks={unfinished}'
        return result

    def _items(self):
        items = []
        while not self.empty():
            items.append(self.get_nowait())
        for item in items:
            _tulip.queue_put_nowait(self._core, item)
            _tulip.queue_task_done(self._core)
        return items

    def qsize(self):
        return _tulip.queue_qsize(self._core)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return _tulip.queue_empty(self._core)

    def full(self):
        return _tulip.queue_full(self._core)

    async def put(self, item):
        return await _tulip.queue_put(self._core, item)

    def put_nowait(self, item):
        _tulip.queue_put_nowait(self._core, item)

    async def get(self):
        return await _tulip.queue_get(self._core)

    def get_nowait(self):
        return _tulip.queue_get_nowait(self._core)

    def task_done(self):
        _tulip.queue_task_done(self._core)

    async def join(self):
        return await _tulip.queue_join(self._core)

class PriorityQueue(Queue):
    __module__ = 'asyncio.queues'
    _kind = 2

class LifoQueue(Queue):
    __module__ = 'asyncio.queues'
    _kind = 1

# ---- locks ---------------------------------------------------------------------------------------
class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    # book mode: `with (yield from lock):`
    def __enter__(self):
        if not _book:
            raise AttributeError('__enter__')
        return None

    def __exit__(self, *args):
        self.release()

    def __iter__(self):
        if not _book:
            raise TypeError(f"'{type(self).__name__}' object is not iterable")
        return self._book_acquire()

    def _book_acquire(self):
        yield from self.acquire().__await__()
        return self


# The reprs count waiters as CPython's `_waiters` does: a coroutine counts from the moment it
# blocks until it runs again (or is cancelled). One that does not block adds and removes itself
# in one step, unseen.
def _locks_repr(obj, extra):
    if obj._nwaiters:
        extra = f'{extra}, waiters:{obj._nwaiters}'
    cls = type(obj)
    return f'<{cls.__module__}.{cls.__qualname__} object at {id(obj):#x} [{extra}]>'


class Lock(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, *, loop=_NO_LOOP):
        _check_loop_arg(loop, '__init__')
        self._core = _tulip.lock_new()
        self._nwaiters = 0

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        return _locks_repr(self, extra)

    def locked(self):
        return _tulip.lock_locked(self._core)

    async def acquire(self):
        self._nwaiters += 1
        try:
            return await _tulip.lock_acquire(self._core)
        finally:
            self._nwaiters -= 1

    def release(self):
        _tulip.lock_release(self._core)


class Event:
    __module__ = 'asyncio.locks'

    def __init__(self, *, loop=_NO_LOOP):
        _check_loop_arg(loop, '__init__')
        self._core = _tulip.event_new()
        self._nwaiters = 0

    def __repr__(self):
        extra = 'set' if self.is_set() else 'unset'
        return _locks_repr(self, extra)

    def is_set(self):
        return _tulip.event_is_set(self._core)

    def set(self):
        _tulip.event_set(self._core)

    def clear(self):
        _tulip.event_clear(self._core)

    async def wait(self):
        self._nwaiters += 1
        try:
            return await _tulip.event_wait(self._core)
        finally:
            self._nwaiters -= 1


class Condition(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None, *, loop=_NO_LOOP):
        _check_loop_arg(loop, '__init__')
        if lock is None:
            lock = Lock()
        self._lock = lock
        self._core = _tulip.condition_new(lock._core)
        self._nwaiters = 0

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        return _locks_repr(self, extra)

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._nwaiters += 1
        try:
            return await _tulip.condition_wait(self._core)
        finally:
            self._nwaiters -= 1

    async def wait_for(self, predicate):
        result = predicate()
        if result:
            return result
        self._nwaiters += 1
        try:
            return await _tulip.condition_wait_for(self._core, predicate)
        finally:
            self._nwaiters -= 1

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        _tulip.condition_notify(self._core, n)

    def notify_all(self):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        _tulip.condition_notify_all(self._core)


class Semaphore(_ContextManagerMixin):
    __module__ = 'asyncio.locks'
    _bounded = False

    def __init__(self, value=1, *, loop=_NO_LOOP):
        _check_loop_arg(loop, '__init__')
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._core = _tulip.semaphore_new(value, self._bounded)
        self._nwaiters = 0

    @property
    def _value(self):
        return _tulip.semaphore_value(self._core)

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _locks_repr(self, extra)

    def locked(self):
        return _tulip.semaphore_locked(self._core)

    async def acquire(self):
        self._nwaiters += 1
        try:
            return await _tulip.semaphore_acquire(self._core)
        finally:
            self._nwaiters -= 1

    def release(self):
        _tulip.semaphore_release(self._core)


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'
    _bounded = True


class Barrier:
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._core = _tulip.barrier_new(parties)

    def __repr__(self):
        parties, waiting, broken = _tulip.barrier_state(self._core)
        state = 'broken' if broken else 'filling'
        extra = f'{state}, waiters:{waiting}/{parties}'
        return f'<asyncio.locks.Barrier object at {id(self):#x} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        return await _tulip.barrier_wait(self._core)

    async def reset(self):
        await _tulip.barrier_reset(self._core)

    async def abort(self):
        await _tulip.barrier_abort(self._core)

    @property
    def parties(self):
        return _tulip.barrier_state(self._core)[0]

    @property
    def n_waiting(self):
        return _tulip.barrier_state(self._core)[1]

    @property
    def broken(self):
        return _tulip.barrier_state(self._core)[2]

# ---- streams -------------------------------------------------------------------------------------
# Readers, writers and servers are the core's (tulip/streams.hpp): these classes name them as
# CPython does and check arguments in its order.
_DEFAULT_LIMIT = 2 ** 16  # 64 KiB

class TransportSocket:
    """What Server.sockets and get_extra_info('socket') hold: the address of a socket."""
    __module__ = 'asyncio.trsock'

    def __init__(self, sockname, peername=None):
        self._sockname = sockname
        self._peername = peername

    @property
    def family(self):
        return 10 if len(self._sockname) == 4 else 2

    @property
    def type(self):
        return 1

    @property
    def proto(self):
        return 6

    def getsockname(self):
        return self._sockname

    def getpeername(self):
        if self._peername is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._peername

    def __repr__(self):
        s = (f'<asyncio.TransportSocket family={self.family}, type={self.type}, '
             f'proto={self.proto}, laddr={self._sockname}')
        if self._peername is not None:
            s += f', raddr={self._peername}'
        return s + '>'

class _SelectorSocketTransport:
    """A connection's transport (the writer's core)."""
    __module__ = 'asyncio.selector_events'

    def __init__(self, core):
        self._core = core

    def __repr__(self):
        closing, reading, size, low, high, ident, kind = _tulip.writer_state(self._core)
        state = ' closing' if closing else ''
        return (f'<_SelectorSocketTransport{state} {kind}={ident} '
                f'read={"polling" if reading else "idle"} write=<bufsize={size}>>')

    def write(self, data):
        _tulip.writer_write(self._core, data)

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def write_eof(self):
        _tulip.writer_op(self._core, 0)

    def can_write_eof(self):
        return True

    def close(self):
        _tulip.writer_op(self._core, 1)

    def abort(self):
        _tulip.writer_op(self._core, 2)

    def is_closing(self):
        return _tulip.writer_state(self._core)[0]

    def pause_reading(self):
        _tulip.writer_op(self._core, 3)

    def resume_reading(self):
        _tulip.writer_op(self._core, 4)

    def is_reading(self):
        return _tulip.writer_state(self._core)[1]

    def get_write_buffer_size(self):
        return _tulip.writer_state(self._core)[2]

    def get_write_buffer_limits(self):
        state = _tulip.writer_state(self._core)
        return (state[3], state[4])

    def set_write_buffer_limits(self, high=None, low=None):
        _tulip.writer_set_limits(self._core, high, low)

    def get_extra_info(self, name, default=None):
        peername, sockname = _tulip.writer_names(self._core)
        if name == 'peername':
            return peername
        if name == 'sockname':
            return sockname
        if name == 'socket':
            return TransportSocket(sockname, peername)
        return default

class StreamReader:
    __module__ = 'asyncio.streams'

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None, *, _core=None):
        # _core: the reader of a connection the core made (open_connection, start_server).
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        if _core is None:
            if loop is None:
                loop = get_event_loop()
            _core = _tulip.reader_new(loop._core, limit)
        self._core = _core

    def __repr__(self):
        buffered, eof, limit, waiting, paused, has_transport = _tulip.reader_state(self._core)
        info = ['StreamReader']
        if buffered:
            info.append(f'{buffered} bytes')
        if eof:
            info.append('eof')
        if limit != _DEFAULT_LIMIT:
            info.append(f'limit={limit}')
        if waiting:
            info.append('waiter=<Future pending>')
        exc = self.exception()
        if exc is not None:
            info.append(f'exception={exc!r}')
        if paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return _tulip.reader_exception(self._core)

    def set_exception(self, exc):
        _tulip.reader_set_exception(self._core, exc)

    def feed_eof(self):
        _tulip.reader_feed_eof(self._core)

    def at_eof(self):
        return _tulip.reader_at_eof(self._core)

    def feed_data(self, data):
        _tulip.reader_feed_data(self._core, data)

    async def readline(self):
        return await _tulip.reader_read(self._core, 1, 0, None)

    async def readuntil(self, separator=b'\n'):
        return await _tulip.reader_read(self._core, 3, 0, separator)

    async def read(self, n=-1):
        return await _tulip.reader_read(self._core, 0, n, None)

    async def readexactly(self, n):
        return await _tulip.reader_read(self._core, 2, n, None)

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val

class StreamWriter:
    __module__ = 'asyncio.streams'

    def __init__(self, core, reader, loop):
        self._core = core
        self._transport = _SelectorSocketTransport(core)
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        _tulip.writer_write(self._core, data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return True

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await _tulip.writer_wait(self._core, False)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        await _tulip.writer_wait(self._core, True)

class Server:
    __module__ = 'asyncio.base_events'

    def __init__(self, core, loop):
        self._core = core
        self._loop = loop

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return _tulip.server_state(self._core)[0]

    @property
    def sockets(self):
        return tuple(TransportSocket(name) for name in _tulip.server_state(self._core)[3])

    def close(self):
        _tulip.server_close(self._core)

    async def start_serving(self):
        await _tulip.server_wait(self._core, 2)

    async def serve_forever(self):
        serving, closed, forever, names = _tulip.server_state(self._core)
        if forever:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if closed:
            raise RuntimeError(f'server {self!r} is closed')
        await _tulip.server_wait(self._core, 0)

    async def wait_closed(self):
        await _tulip.server_wait(self._core, 1)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()

def _check_host_port(host, port, what):
    if host is not None and not isinstance(host, str):
        raise TypeError(f'{what}: host must be a str or None, not {type(host).__name__}')
    if port is not None and not isinstance(port, int):
        raise TypeError(f'{what}: port must be an int or None, not {type(port).__name__}')

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, loop=_NO_LOOP, **kwds):
    _check_loop_arg(loop, 'open_connection')
    running = get_running_loop()
    if host is None and port is None:
        raise ValueError('host and port was not specified and no sock specified')
    _check_host_port(host, port, 'open_connection')
    if limit <= 0:
        raise ValueError('Limit cannot be <= 0')  # StreamReader's check, before any connect
    rcore, wcore = await _tulip.stream_open(host, port, limit)
    reader = StreamReader(limit, _core=rcore)
    return reader, StreamWriter(wcore, reader, running)

async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       loop=_NO_LOOP, backlog=100, start_serving=True, **kwds):
    _check_loop_arg(loop, 'start_server')
    running = get_running_loop()
    _check_host_port(host, port, 'start_server')

    def connected(rcore, wcore):
        reader = StreamReader(limit, _core=rcore)
        writer = StreamWriter(wcore, reader, running)
        res = client_connected_cb(reader, writer)
        if iscoroutine(res):
            transport = writer.transport

            def callback(task):
                # 3.11.7's: a handler that raised is reported and its connection closed.
                exc = task.exception()
                if exc is not None:
                    running.call_exception_handler({
                        'message': 'Unhandled exception in client_connected_cb',
                        'exception': exc,
                        'transport': transport,
                    })
                    transport.close()

            running.create_task(res).add_done_callback(callback)

    core = await _tulip.stream_serve(running._core, connected, host, port, limit, backlog,
                                     start_serving)
    return Server(core, running)

# ---- book mode: the first edition's idioms -------------------------------------------------------
_book = _tulip.book_mode()

if _book:
    def coroutine(func):
        """@asyncio.coroutine: a generator function as a coroutine (first edition)."""
        return _tulip.mark_iterable_coroutine(func)
    globals()['async'] = ensure_future

_tulip.set_types(CancelledError, InvalidStateError, QueueEmpty, QueueFull, BrokenBarrierError,
                 get_event_loop, IncompleteReadError, LimitOverrunError)

class _Namespace:
    pass

exceptions = _Namespace()
for _name in ('CancelledError', 'InvalidStateError', 'LimitOverrunError', 'IncompleteReadError',
              'BrokenBarrierError', 'TimeoutError'):
    setattr(exceptions, _name, globals()[_name])
del _name
