// Unit tests of the loop and its lifecycle: what the ordering tests do not show.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tulip/tulip.hpp"
#include "twin.hpp"

using namespace tulip;

namespace {
Coro<void> sleeper() { co_await sleep(100); }
Task<void> sleep_task() { return create_task(sleeper()); }
} // namespace

TEST_CASE("loop: call_soon runs in FIFO order, one iteration at a time") {
  Loop loop;
  std::vector<int> order;
  for (int i = 0; i < 5; ++i)
    loop.call_soon([&, i] {
      order.push_back(i);
      if (i == 0)
        loop.call_soon([&] { order.push_back(100); }); // next iteration
    });
  loop.run_once();
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
  loop.run_once();
  CHECK(order.back() == 100);
}

TEST_CASE("loop: timers fire by deadline, FIFO among equal deadlines; virtual time jumps") {
  Loop loop;
  std::vector<std::string> order;
  loop.call_later(0.3, [&] { order.push_back("c"); });
  loop.call_later(0.1, [&] { order.push_back("a1"); });
  loop.call_at(0.1, [&] { order.push_back("a2"); });
  loop.call_later(0.2, [&] {
    order.push_back("b");
    loop.stop();
  });
  loop.run_forever();
  CHECK(order == std::vector<std::string>{"a1", "a2", "b"});
  CHECK(loop.time() == doctest::Approx(0.2));
}

TEST_CASE("loop: a sleep(0) storm does not starve a due timer") {
  Loop loop;
  int spins = 0;
  bool fired = false;
  loop.call_later(0, [&] { fired = true; });
  loop.run_until_complete([&]() -> Coro<void> {
    while (!fired) {
      ++spins;
      co_await sleep(0);
    }
  }());
  CHECK(spins <= 2);
}

TEST_CASE("loop: cancelled timers are dropped, compacting the heap when most are cancelled") {
  Loop loop;
  int fired = 0;
  std::vector<Handle> handles;
  for (int i = 0; i < 1000; ++i)
    handles.push_back(loop.call_later(1 + i * 0.001, [&] { ++fired; }));
  for (int i = 0; i < 1000; ++i)
    if (i % 10)
      handles[i].cancel();
  CHECK(handles[1].cancelled());
  loop.call_later(5, [&] { loop.stop(); });
  loop.run_forever();
  CHECK(fired == 100);
}

TEST_CASE("loop: lifecycle errors as CPython words them") {
  Loop loop;
  CHECK_THROWS_WITH(loop.run_until_complete([&]() -> Coro<void> {
    loop.run_forever();
    co_return;
  }()),
                    "This event loop is already running");
  loop.close();
  CHECK(loop.is_closed());
  CHECK_THROWS_WITH(loop.call_soon([] {}), "Event loop is closed");
  CHECK_THROWS_WITH(loop.run_forever(), "Event loop is closed");
  CHECK_THROWS_AS(get_running_loop(), std::runtime_error);
}

TEST_CASE("loop: stopping before the future completes is an error") {
  Loop loop;
  auto fut = loop.create_future<int>();
  loop.call_soon([&] { loop.stop(); });
  CHECK_THROWS_WITH(loop.run_until_complete(fut), "Event loop stopped before Future completed.");
}

TEST_CASE("loop: nothing can wake the loop -> DeadlockError instead of hanging") {
  Loop loop;
  auto fut = loop.create_future<int>();
  CHECK_THROWS_AS(loop.run_until_complete(fut), DeadlockError);
  CHECK_FALSE(loop.is_running());
}

TEST_CASE("loop: an exception in a callback goes to the exception handler, the loop goes on") {
  Loop loop;
  std::vector<std::string> messages;
  loop.set_exception_handler([&](const ExceptionContext& c) { messages.push_back(c.message); });
  loop.call_soon([] { throw std::runtime_error("boom"); });
  loop.call_soon([&] { loop.stop(); });
  loop.run_forever();
  CHECK(messages == std::vector<std::string>{"Exception in callback"});
}

TEST_CASE("loop: a task exception nobody retrieved is reported when the task goes away") {
  Loop loop;
  std::vector<std::string> messages;
  loop.set_exception_handler([&](const ExceptionContext& c) {
    messages.push_back(c.message);
    CHECK(c.future != nullptr);
  });
  loop.run_until_complete([]() -> Coro<void> {
    create_task([]() -> Coro<void> {
      throw std::runtime_error("lost");
      co_return;
    }());
    co_await sleep(0.1);
  }());
  CHECK(messages == std::vector<std::string>{"Task exception was never retrieved"});
}

namespace {
// Coroutines take what they use as parameters: a capturing lambda called as a temporary would
// leave its coroutine with dangling captures.
Coro<void> get_one(Queue<int>& q) { co_await q.get(); }
Coro<void> wait_event(Event& ev) { co_await ev.wait(); }
Coro<void> take_lock(Lock& lock) { co_await lock.acquire(); }
Coro<void> await_future(Future<int> fut) { co_await fut; }
Coro<void> nothing() { co_return; }
} // namespace

TEST_CASE("loop: destroyed with pending tasks, ready callbacks and timers, leaking nothing") {
  std::vector<std::string> messages;
  {
    Loop loop;
    loop.set_exception_handler([&](const ExceptionContext& c) { messages.push_back(c.message); });
    Queue<int> q;
    Event ev;
    Lock lock;
    auto fut = loop.create_future<int>();
    auto scenario = [&]() -> Coro<void> {
      co_await lock.acquire();
      create_task(get_one(q));
      create_task(wait_event(ev));
      create_task(take_lock(lock));
      create_task(await_future(fut));
      create_task(sleeper());
      auto g = gather(sleep_task(), sleep_task());
      (void)g;
      co_await sleep(0);
    };
    loop.run_until_complete(scenario());
    // Left behind without running: a task's first step, a callback, a timer.
    loop.create_task(nothing());
    loop.call_soon([] {});
    loop.call_later(10, [] {});
  }
  // Every pending task was reported as destroyed while pending (CPython's message).
  CHECK(messages.size() == 8);
  for (auto& m : messages)
    CHECK(m == "Task was destroyed but it is pending!");
}

namespace {
Coro<void> worker(twin::Output& out, std::string name, double delay) {
  bool cancelled = false;
  try {
    co_await sleep(delay);
    out.print(name, "finished");
  } catch (const CancelledError&) {
    out.print(name, "cancelled at shutdown");
    cancelled = true; // C++ cannot co_await inside a catch block: clean up below
  }
  if (!cancelled)
    co_return;
  co_await sleep(0);
  out.print(name, "cleaned up");
  throw CancelledError();
}

Coro<int> run_main(twin::Output& out) {
  create_task(worker(out, "fast", 0.01));
  create_task(worker(out, "slow", 10));
  create_task(worker(out, "slower", 20));
  co_await sleep(0.05);
  out.print("main returns");
  co_return 7;
}
} // namespace

TEST_CASE("ordering: run() cancels the tasks main left behind, then closes the loop") {
  twin::Output out;
  reset_task_names();
  Loop loop;
  out.print("result", run(loop, run_main(out)));
  CHECK(loop.is_closed());
  CHECK(out.str() == twin::python("loop_run_cancels_leftovers"));
}
