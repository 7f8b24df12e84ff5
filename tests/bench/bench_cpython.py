#!/usr/bin/env python3
"""Peer benchmark: CPython asyncio, same five shapes as Tulip's benchmark.

Usage: python3 bench_cpython.py [scale]   (scale multiplies every count)

Output: exactly one line per benchmark on stdout, nothing else:
  M1 <ns per task>  M2q <ns per item>  M2y <ns per yield>
  M3 <ns per timer> M4 <bytes per suspended task>

Counts: 1,000,000 for M1/M2q/M2y/M3 and 100,000 tasks for M4, as the other
peers use: the same shapes at the same sizes (a million live tasks cost CPython
more per task than 200,000 do). This takes about a minute. Each benchmark runs in a fresh event loop (asyncio.run);
times are wall clock (time.perf_counter_ns) around the whole shape.
"""

import asyncio
import random
import sys
import time
import tracemalloc

N_OPS = 1_000_000  # M1, M2q, M2y, M3
N_M4 = 100_000

SCALE = 1.0


def scaled(n):
    return max(1, round(n * SCALE))


def fail(what):
    print(f"bench_cpython: self-check failed: {what}", file=sys.stderr)
    sys.exit(1)


# M1: main spawns N trivial tasks; the last to finish resolves a future main
# awaits. Tasks are kept in a list so none can be garbage-collected early.
async def m1(n):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = 0

    async def child():
        nonlocal count
        count += 1
        if count == n:
            done.set_result(None)

    t0 = time.perf_counter_ns()
    tasks = [loop.create_task(child()) for _ in range(n)]
    await done
    ns = time.perf_counter_ns() - t0
    if count != n or not all(t.done() for t in tasks):
        fail("M1 task count")
    return ns / n


# M2q: producer -> consumer over asyncio.Queue(1).
async def m2q(n):
    q = asyncio.Queue(1)
    total = 0

    async def producer():
        for i in range(n):
            await q.put(i)

    async def consumer():
        nonlocal total
        s = 0
        for _ in range(n):
            s += await q.get()
        total = s

    t0 = time.perf_counter_ns()
    await asyncio.gather(producer(), consumer())
    ns = time.perf_counter_ns() - t0
    if total != n * (n - 1) // 2:
        fail("M2q checksum")
    return ns / n


# M2y: two tasks each yield to the loop N times; ns per yield = total / 2N.
async def m2y(n):
    count = 0

    async def yielder():
        nonlocal count
        for _ in range(n):
            await asyncio.sleep(0)
            count += 1

    t0 = time.perf_counter_ns()
    await asyncio.gather(yielder(), yielder())
    ns = time.perf_counter_ns() - t0
    if count != 2 * n:
        fail("M2y yield count")
    return ns / (2 * n)


# M3: N loop.call_at timers at random deadlines, fired in deadline order.
# To avoid waiting real time, every deadline is in the past relative to
# loop.time(): deadline = base - offset, with the offsets a random permutation
# of N distinct values spread uniformly over [0, 1 s). All are due, so the
# loop pops them off its heap in deadline order; each callback checks that
# its deadline is >= the previous one. Timed: the N call_at insertions plus
# running until the last callback fired (the permutation is built beforehand).
async def m3(n):
    loop = asyncio.get_running_loop()
    offsets = list(range(n))
    random.Random(12345).shuffle(offsets)
    step = 1.0 / n
    done = loop.create_future()
    state = {"prev": float("-inf"), "fired": 0, "bad": 0}

    def cb(when):
        if when < state["prev"]:
            state["bad"] += 1
        state["prev"] = when
        state["fired"] += 1
        if state["fired"] == n:
            done.set_result(None)

    t0 = time.perf_counter_ns()
    base = loop.time()
    call_at = loop.call_at
    for off in offsets:
        when = base - off * step
        call_at(when, cb, when)
    await done
    ns = time.perf_counter_ns() - t0
    if state["bad"]:
        fail("M3 deadline order")
    return ns / n


# M4: bytes per task for N tasks suspended on one asyncio.Event, measured with
# tracemalloc (Python-level allocations: task objects, coroutine frames, the
# waiter futures in the event, plus the list holding the tasks). Then set the
# event and let all finish.
async def m4(n):
    ev = asyncio.Event()
    finished = 0

    async def waiter():
        nonlocal finished
        await ev.wait()
        finished += 1

    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.create_task(waiter()) for _ in range(n)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    if finished != 0:
        fail("M4 tasks finished early")
    ev.set()
    await asyncio.gather(*tasks)
    if finished != n:
        fail("M4 finished count")
    return (after - before) / n


def main():
    global SCALE
    if len(sys.argv) > 1:
        try:
            SCALE = float(sys.argv[1])
        except ValueError:
            SCALE = 0.0
        if not SCALE > 0:
            print(f"usage: {sys.argv[0]} [scale > 0]", file=sys.stderr)
            sys.exit(2)
    n = scaled(N_OPS)
    for name, coro in (
        ("M1", lambda: m1(n)),
        ("M2q", lambda: m2q(n)),
        ("M2y", lambda: m2y(n)),
        ("M3", lambda: m3(n)),
        ("M4", lambda: m4(scaled(N_M4))),
    ):
        print(f"{name} {asyncio.run(coro()):.1f}", flush=True)


if __name__ == "__main__":
    main()
