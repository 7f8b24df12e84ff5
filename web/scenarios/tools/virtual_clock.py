"""Run a scenario under CPython 3.11 on a virtual clock, as `tulip run --clock=virtual` runs it.

    python3 tools/virtual_clock.py SCENARIO.py

Time starts at 0.0 and only moves when nothing is ready to run: then it jumps to the next timer,
exactly (no rounding, no real waiting). The asyncio event loop is CPython's own (its time() is the
virtual clock and its selector never waits), so callbacks, tasks and timers keep CPython's order.
Threads take turns: one runs at a time, and it runs until it sleeps, joins, or ends; time.sleep()
in a thread (or in a coroutine, which blocks the loop, as the chapter warns) advances the clock.
This gives the exact output of the timing-dependent scenarios (spinners), whose real runs vary.
"""
import asyncio
import collections
import heapq
import itertools
import os
import runpy
import selectors
import sys
import threading
import time
import traceback


class Clock:
    now = 0.0


# --- threads: a baton passed between threads; at most one of them runs --------------------------
_cond = threading.Condition()
_running = threading.get_ident()  # the thread holding the baton
_ready = collections.deque()  # idents of the threads that can run now, in order
_timers = []  # (when, seq, ident) of sleeping threads
_joiners = collections.defaultdict(list)  # ident -> idents of the threads joining it
_finished = set()
_seq = itertools.count()


def _switch():
    """Pass the baton (called with _cond held): the next ready thread, else the next sleeper."""
    global _running
    if _ready:
        _running = _ready.popleft()
    elif _timers:
        when, _, ident = heapq.heappop(_timers)
        Clock.now = max(Clock.now, when)
        _running = ident
    else:
        _running = None
    _cond.notify_all()


def _wait_turn():
    me = threading.get_ident()
    while _running != me:
        if _running is None:
            raise RuntimeError('virtual clock: every thread is blocked (deadlock)')
        _cond.wait()


def _sleep(seconds):
    with _cond:
        heapq.heappush(_timers, (Clock.now + seconds, next(_seq), threading.get_ident()))
        _switch()
        _wait_turn()


_orig_start = threading.Thread.start
_orig_join = threading.Thread.join
_orig_run = threading.Thread.run


def _run(self):
    with _cond:
        _wait_turn()
    try:
        _orig_run(self)
    finally:
        with _cond:
            me = threading.get_ident()
            _finished.add(me)
            _ready.extend(_joiners.pop(me, []))
            _switch()


def _start(self):
    _orig_start(self)  # returns once the new thread exists; it waits for its turn
    with _cond:
        _ready.append(self.ident)


def _join(self, timeout=None):
    if timeout is not None:
        raise NotImplementedError('virtual clock: join with a timeout')
    with _cond:
        if self.ident is not None and self.ident not in _finished:
            _joiners[self.ident].append(threading.get_ident())
            _switch()
            _wait_turn()
    _orig_join(self)


threading.Thread.run = _run
threading.Thread.start = _start
threading.Thread.join = _join
time.sleep = _sleep
time.time = time.monotonic = time.perf_counter = lambda: Clock.now


# --- asyncio: CPython's loop on the virtual clock ---------------------------------------------------
class VirtualSelector(selectors.SelectSelector):
    loop = None

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError('virtual clock: the event loop would wait forever')
        if timeout > 0:
            Clock.now = max(Clock.now, self.loop._scheduled[0]._when)
        return super().select(0)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        selector = VirtualSelector()
        super().__init__(selector)
        selector.loop = self

    def time(self):
        return Clock.now


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


asyncio.set_event_loop_policy(VirtualPolicy())


def main():
    path = os.path.abspath(sys.argv[1])
    sys.argv = [path] + sys.argv[2:]
    sys.path[0] = os.path.dirname(path)
    status = 0
    try:
        runpy.run_path(path, run_name='__main__')
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    os._exit(status)


if __name__ == '__main__':
    main()
