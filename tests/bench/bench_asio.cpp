// Peer benchmark: Boost.Asio (1.81) with C++20 coroutines, single-threaded
// io_context. Measures the same five shapes as Tulip's own benchmark so that
// tests/bench/run.mjs can compare them side by side.
//
// Build:  g++ -std=c++20 -O2 -DNDEBUG bench_asio.cpp -o bench_asio -pthread
// Usage:  bench_asio [scale]      (scale multiplies every count; default 1.0)
//
// Output: exactly one line per benchmark on stdout, nothing else:
//   M1 <ns per task>  M2q <ns per item>  M2y <ns per yield>
//   M3 <ns per timer> M4 <bytes per suspended task>
// Diagnostics (e.g. a failed self-check) go to stderr with a non-zero exit.
//
// Each benchmark uses a fresh io_context. Times are wall-clock
// (std::chrono::steady_clock) around the whole shape, including spawning.

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <numeric>
#include <random>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using Clock = std::chrono::steady_clock;

namespace {

double g_scale = 1.0;

long scaled(long n) { return std::max(1L, std::lround(static_cast<double>(n) * g_scale)); }

double ns_since(Clock::time_point t0) {
  return static_cast<double>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count());
}

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "bench_asio: self-check failed: %s\n", what);
  std::exit(1);
}

// "Event" idiom: a steady_timer that never expires on its own; waiters are
// released by cancel(), which completes them with operation_aborted.
void make_event(asio::steady_timer& t) { t.expires_at(asio::steady_timer::time_point::max()); }

awaitable<void> wait_event(asio::steady_timer& ev) {
  boost::system::error_code ec;
  co_await ev.async_wait(asio::redirect_error(use_awaitable, ec));
}

// ---------------------------------------------------------------------------
// M1: main task spawns N trivial tasks; the last to finish signals main.
//
// A task "finishes" when its co_spawn completion handler runs; that handler
// counts completions and the last one releases main. Asio detail worth
// knowing: co_spawn called from a coroutine already running on the
// io_context starts the child eagerly (its entry point co_awaits dispatch(),
// which runs inline inside the context), so each child body runs inside
// co_spawn; the entry point then post()s the completion handler so it is
// never invoked inline. Hence all N completions are queued when main
// suspends, and the spawned tasks' state stays alive until then, as with
// asyncio's create_task. Timed: first spawn until main resumes.

struct M1State {
  long n;
  long ran = 0;  // incremented by each task body
  long done = 0; // incremented by each task's completion handler
  asio::steady_timer* ev;
};

awaitable<void> m1_child(M1State* s) {
  ++s->ran;
  co_return;
}

awaitable<void> m1_main(M1State* s, double* ns) {
  auto ex = co_await asio::this_coro::executor;
  auto t0 = Clock::now();
  for (long i = 0; i < s->n; ++i) {
    asio::co_spawn(ex, m1_child(s), [s](std::exception_ptr) {
      if (++s->done == s->n)
        s->ev->cancel();
    });
  }
  if (s->done != s->n)
    co_await wait_event(*s->ev);
  *ns = ns_since(t0);
}

double bench_m1() {
  asio::io_context ioc(1);
  asio::steady_timer ev(ioc);
  make_event(ev);
  M1State s{scaled(1'000'000), 0, 0, &ev};
  double ns = 0;
  asio::co_spawn(ioc, m1_main(&s, &ns), asio::detached);
  ioc.run();
  if (s.ran != s.n || s.done != s.n)
    fail("M1 task count");
  return ns / static_cast<double>(s.n);
}

// ---------------------------------------------------------------------------
// M2q: producer -> consumer over a channel of capacity 1.

using Channel = asio::experimental::channel<void(boost::system::error_code, long)>;

awaitable<void> m2q_producer(Channel& ch, long n) {
  for (long i = 0; i < n; ++i)
    co_await ch.async_send(boost::system::error_code{}, i, use_awaitable);
}

awaitable<void> m2q_consumer(Channel& ch, long n, long* sum) {
  long s = 0;
  for (long i = 0; i < n; ++i)
    s += co_await ch.async_receive(use_awaitable);
  *sum = s;
}

double bench_m2q() {
  asio::io_context ioc(1);
  Channel ch(ioc, 1);
  const long n = scaled(1'000'000);
  long sum = -1;
  auto t0 = Clock::now();
  asio::co_spawn(ioc, m2q_producer(ch, n), asio::detached);
  asio::co_spawn(ioc, m2q_consumer(ch, n, &sum), asio::detached);
  ioc.run();
  double ns = ns_since(t0);
  if (sum != n * (n - 1) / 2)
    fail("M2q checksum");
  return ns / static_cast<double>(n);
}

// ---------------------------------------------------------------------------
// M2y: two tasks each yield to the scheduler N times (post-and-resume).

awaitable<void> m2y_yielder(long n, long* count) {
  auto ex = co_await asio::this_coro::executor;
  for (long i = 0; i < n; ++i) {
    co_await asio::post(ex, use_awaitable);
    ++*count;
  }
}

double bench_m2y() {
  asio::io_context ioc(1);
  const long n = scaled(1'000'000);
  long count = 0;
  auto t0 = Clock::now();
  asio::co_spawn(ioc, m2y_yielder(n, &count), asio::detached);
  asio::co_spawn(ioc, m2y_yielder(n, &count), asio::detached);
  ioc.run();
  double ns = ns_since(t0);
  if (count != 2 * n)
    fail("M2y yield count");
  return ns / static_cast<double>(2 * n);
}

// ---------------------------------------------------------------------------
// M3: N timers at random deadlines, fired in deadline order.
//
// What this measures: waiting real time is avoided by giving every timer an
// expiry that is already in the past: expiry = base - offset, where the
// offsets are a random permutation of {0, 1 us, 2 us, ...} (N distinct values
// spread uniformly over [0, N us) = [0, 1 s) at the default N). The timed
// region covers creating N steady_timers, expires_at + async_wait for each
// (insertion into Asio's timer heap, in random order), and io_context::run()
// until the last callback: the reactor takes the expired timers off the heap
// in deadline order (timer_queue::get_ready_timers pops the heap minimum
// repeatedly) and runs each completion handler, which checks that its expiry
// is >= the previous one. The random permutation is generated before timing.
// Timers are driven by the epoll reactor's timerfd; a timerfd_settime happens
// only when a new earliest timer is inserted (~ln N times).

double bench_m3() {
  asio::io_context ioc(1);
  const long n = scaled(1'000'000);
  std::vector<long> offsets(static_cast<size_t>(n));
  std::iota(offsets.begin(), offsets.end(), 0L);
  std::mt19937_64 rng(12345);
  std::shuffle(offsets.begin(), offsets.end(), rng);

  std::vector<asio::steady_timer> timers;
  timers.reserve(static_cast<size_t>(n));
  auto prev = asio::steady_timer::time_point::min();
  long fired = 0, out_of_order = 0;

  auto t0 = Clock::now();
  const auto base = asio::steady_timer::clock_type::now();
  for (long i = 0; i < n; ++i) {
    auto& t = timers.emplace_back(ioc);
    t.expires_at(base - std::chrono::microseconds(offsets[static_cast<size_t>(i)]));
    t.async_wait([&prev, &fired, &out_of_order, tp = &t](boost::system::error_code ec) {
      if (ec)
        return;
      auto e = tp->expiry();
      if (e < prev)
        ++out_of_order;
      prev = e;
      ++fired;
    });
  }
  ioc.run();
  double ns = ns_since(t0);
  if (fired != n)
    fail("M3 fired count");
  if (out_of_order != 0)
    fail("M3 deadline order");
  return ns / static_cast<double>(n);
}

// ---------------------------------------------------------------------------
// M4: heap bytes per task for N tasks suspended on one event.
//
// mallinfo2().uordblks (bytes in use by malloc) is read before spawning and
// after every task has run up to its suspension point on the event; the
// difference / N is reported. It includes the coroutine frames, Asio's
// per-coroutine "awaitable thread" state and the pending timer wait op.
// (Under ASan, malloc is replaced and mallinfo2 reports 0: M4 prints 0.0.)

struct M4State {
  long finished = 0;
};

awaitable<void> m4_waiter(asio::steady_timer& ev, M4State* s) {
  co_await wait_event(ev);
  ++s->finished;
}

double bench_m4() {
  asio::io_context ioc(1);
  asio::steady_timer ev(ioc);
  make_event(ev);
  const long n = scaled(100'000);
  M4State s;
  ioc.poll();    // settle any lazy setup before the baseline
  ioc.restart(); // poll() with no outstanding work leaves the context stopped
  const size_t before = mallinfo2().uordblks;
  for (long i = 0; i < n; ++i)
    asio::co_spawn(ioc, m4_waiter(ev, &s), asio::detached);
  ioc.poll(); // run every task until it suspends on the event
  const size_t after = mallinfo2().uordblks;
  if (s.finished != 0)
    fail("M4 tasks finished early");
  ev.cancel();
  ioc.restart();
  ioc.run();
  if (s.finished != n)
    fail("M4 finished count");
  return static_cast<double>(after - before) / static_cast<double>(n);
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
