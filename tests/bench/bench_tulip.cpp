// Tulip's benchmark: the same five shapes as bench_asio.cpp (Boost.Asio) and bench_cpython.py
// (CPython asyncio), so that tests/bench/run.mjs can compare them side by side. Every shape runs
// on a fresh virtual-time Loop (tulip::Loop loop;): M3's deadlines cost no real waiting.
//
// Usage:  tulip_bench [scale]      (scale multiplies every count; default 1.0)
//
// Output: exactly one line per benchmark on stdout, nothing else:
//   M1 <ns per task>  M2q <ns per item>  M2y <ns per yield>
//   M3 <ns per timer> M4 <bytes per suspended task>
// Diagnostics (a failed self-check) go to stderr with a non-zero exit.
//
// Times are wall-clock (std::chrono::steady_clock) around the whole shape, including spawning.

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <vector>

#include "tulip/tulip.hpp"

using Clock = std::chrono::steady_clock;

namespace {

double g_scale = 1.0;

long scaled(long n) { return std::max(1L, std::lround(static_cast<double>(n) * g_scale)); }

double ns_since(Clock::time_point t0) {
  return static_cast<double>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
}

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "bench_tulip: self-check failed: %s\n", what);
  std::exit(1);
}

// ---------------------------------------------------------------------------
// M1: main task spawns N trivial tasks (no handle kept: the loop keeps each task until it
// finishes); the last to finish sets a future main awaits.

struct M1State {
  long n;
  long done = 0;
  tulip::Future<void> all_done;
};

tulip::Coro<void> m1_child(M1State* s) {
  if (++s->done == s->n)
    s->all_done.set_result();
  co_return;
}

tulip::Coro<void> m1_main(M1State* s, double* ns) {
  auto t0 = Clock::now();
  for (long i = 0; i < s->n; ++i)
    tulip::create_task(m1_child(s));
  co_await s->all_done;
  *ns = ns_since(t0);
}

double bench_m1() {
  tulip::Loop loop;
  M1State s{scaled(1'000'000), 0, loop.create_future<void>()};
  double ns = 0;
  loop.run_until_complete(m1_main(&s, &ns));
  if (s.done != s.n)
    fail("M1 task count");
  return ns / static_cast<double>(s.n);
}

// ---------------------------------------------------------------------------
// M2q: producer -> consumer over a Queue<int>(1).

tulip::Coro<void> m2q_producer(tulip::Queue<int>& q, long n) {
  for (long i = 0; i < n; ++i)
    co_await q.put(static_cast<int>(i));
}

tulip::Coro<void> m2q_consumer(tulip::Queue<int>& q, long n, long* sum) {
  long s = 0;
  for (long i = 0; i < n; ++i)
    s += co_await q.get();
  *sum = s;
}

tulip::Coro<void> m2q_main(long n, long* sum) {
  tulip::Queue<int> q(1);
  auto producer = tulip::create_task(m2q_producer(q, n));
  auto consumer = tulip::create_task(m2q_consumer(q, n, sum));
  co_await producer;
  co_await consumer;
}

double bench_m2q() {
  tulip::Loop loop;
  const long n = scaled(1'000'000);
  long sum = -1;
  auto t0 = Clock::now();
  loop.run_until_complete(m2q_main(n, &sum));
  double ns = ns_since(t0);
  if (sum != n * (n - 1) / 2)
    fail("M2q checksum");
  return ns / static_cast<double>(n);
}

// ---------------------------------------------------------------------------
// M2y: two tasks each yield to the loop N times (co_await sleep(0)).

tulip::Coro<void> m2y_yielder(long n, long* count) {
  for (long i = 0; i < n; ++i) {
    co_await tulip::sleep(0);
    ++*count;
  }
}

tulip::Coro<void> m2y_main(long n, long* count) {
  auto a = tulip::create_task(m2y_yielder(n, count));
  auto b = tulip::create_task(m2y_yielder(n, count));
  co_await a;
  co_await b;
}

double bench_m2y() {
  tulip::Loop loop;
  const long n = scaled(1'000'000);
  long count = 0;
  auto t0 = Clock::now();
  loop.run_until_complete(m2y_main(n, &count));
  double ns = ns_since(t0);
  if (count != 2 * n)
    fail("M2y yield count");
  return ns / static_cast<double>(2 * n);
}

// ---------------------------------------------------------------------------
// M3: N loop.call_at timers at random deadlines, fired in deadline order.
//
// As in bench_asio and bench_cpython, no time is waited: every deadline is in the past,
// deadline = base - offset, the offsets a random permutation of {0, 1 us, 2 us, ...} generated
// before timing. The timed region covers N call_at (a Handle, a std::function and a push onto
// the loop's timer heap, in random order) and running the loop until the last callback: the
// first iteration finds every timer due and moves them off the heap in deadline order to the
// ready queue, then runs them; each callback checks that its deadline is >= the previous one
// (its capture is 16 bytes: std::function stores it inline).

struct M3State {
  long n;
  double prev = -1e300;
  long fired = 0;
  long out_of_order = 0;
  tulip::Future<void> all_fired;
};

double bench_m3() {
  tulip::Loop loop;
  const long n = scaled(1'000'000);
  std::vector<long> offsets(static_cast<size_t>(n));
  std::iota(offsets.begin(), offsets.end(), 0L);
  std::mt19937_64 rng(12345);
  std::shuffle(offsets.begin(), offsets.end(), rng);

  M3State s{n, -1e300, 0, 0, loop.create_future<void>()};
  auto t0 = Clock::now();
  const double base = loop.time();
  for (long i = 0; i < n; ++i) {
    const double when = base - static_cast<double>(offsets[static_cast<size_t>(i)]) * 1e-6;
    loop.call_at(when, [st = &s, when] {
      if (when < st->prev)
        ++st->out_of_order;
      st->prev = when;
      if (++st->fired == st->n)
        st->all_fired.set_result();
    });
  }
  loop.run_until_complete(s.all_fired);
  double ns = ns_since(t0);
  if (s.fired != n)
    fail("M3 fired count");
  if (s.out_of_order != 0)
    fail("M3 deadline order");
  return ns / static_cast<double>(n);
}

// ---------------------------------------------------------------------------
// M4: heap bytes per task for N tasks suspended on one Event.
//
// Read before spawning and after every task has run up to its suspension on the event: the
// bytes of the pools' live objects (each task and its coroutine frame, which holds the Event's
// waiter), plus whatever else the heap gained (mallinfo2().uordblks less the blocks the pools
// took). The pools keep freed objects for reuse, so counting live bytes, not blocks, makes the
// figure independent of what ran before.

struct M4State {
  long n;
  long finished = 0;
  tulip::Future<void> all_done;
};

tulip::Coro<void> m4_nothing() { co_return; }

tulip::Coro<void> m4_waiter(tulip::Event& ev, M4State* s) {
  co_await ev.wait();
  if (++s->finished == s->n)
    s->all_done.set_result();
}

tulip::Coro<void> m4_main(M4State* s, double* bytes) {
  tulip::Event ev;
  // Warm-up: N trivial tasks grow the loop's ready ring to N entries, as any loop that once had
  // N tasks ready has; the ring is empty again once they parked, so it is not per-task memory.
  for (long i = 0; i < s->n; ++i)
    tulip::create_task(m4_nothing());
  co_await tulip::sleep(0);
  co_await tulip::sleep(0);
  const auto pool_before = tulip::memory::stats();
  const size_t before = mallinfo2().uordblks;
  for (long i = 0; i < s->n; ++i)
    tulip::create_task(m4_waiter(ev, s));
  co_await tulip::sleep(0); // one iteration: every task runs until it parks on the event
  const size_t after = mallinfo2().uordblks;
  const auto pool_after = tulip::memory::stats();
  if (s->finished != 0)
    fail("M4 tasks finished early");
  const double live = static_cast<double>(pool_after.in_use - pool_before.in_use);
  const double other = static_cast<double>(after - before) -
                       static_cast<double>(pool_after.reserved - pool_before.reserved);
  *bytes = (live + other) / static_cast<double>(s->n);
  ev.set();
  co_await s->all_done;
}

double bench_m4() {
  tulip::Loop loop;
  M4State s{scaled(100'000), 0, loop.create_future<void>()};
  double bytes = 0;
  loop.run_until_complete(m4_main(&s, &bytes));
  if (s.finished != s.n)
    fail("M4 finished count");
  return bytes;
}

} // namespace

int main(int argc, char** argv) {
  if (argc > 1) {
    g_scale = std::atof(argv[1]);
    if (!(g_scale > 0)) {
      std::fprintf(stderr, "usage: %s [scale > 0]\n", argv[0]);
      return 2;
    }
  }
  std::printf("M1 %.1f\n", bench_m1());
  std::fflush(stdout);
  std::printf("M2q %.1f\n", bench_m2q());
  std::fflush(stdout);
  std::printf("M2y %.1f\n", bench_m2y());
  std::fflush(stdout);
  std::printf("M3 %.1f\n", bench_m3());
  std::fflush(stdout);
  std::printf("M4 %.1f\n", bench_m4());
  return 0;
}
