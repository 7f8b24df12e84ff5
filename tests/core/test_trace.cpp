// The trace a subscriber receives: what the task log and the timeline are drawn from.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tulip/tulip.hpp"

using namespace tulip;

namespace {

struct Recorder : Tracer {
  struct Line {
    TraceKind kind;
    double time;
    std::string task;
    std::string what;
    double value;
  };
  std::vector<Line> lines;
  void on_event(const TraceEvent& e) override {
    lines.push_back(
        {e.kind, e.loop_time, e.task ? e.task->get_name() : "", std::string(e.what), e.value});
  }
  std::vector<Line> of(const std::string& task, TraceKind kind) const {
    std::vector<Line> out;
    for (auto& l : lines)
      if (l.task == task && l.kind == kind)
        out.push_back(l);
    return out;
  }
};

Coro<void> spin() {
  while (true) {
    try {
      co_await sleep(0.1);
    } catch (const CancelledError&) {
      break;
    }
  }
}

} // namespace

TEST_CASE("trace: a spinner's task wakes every 100 ms and is cancelled at 0.35 s") {
  reset_task_names();
  Loop loop;
  Recorder rec;
  loop.set_tracer(&rec);
  loop.run_until_complete([]() -> Coro<void> {
    auto spinner = create_task(spin(), "spinner");
    co_await sleep(0.35);
    spinner.cancel("enough");
    co_await spinner;
  }());

  auto created = rec.of("spinner", TraceKind::task_created);
  REQUIRE(created.size() == 1);
  CHECK(created[0].time == 0);
  auto suspended = rec.of("spinner", TraceKind::task_suspended);
  REQUIRE(suspended.size() == 4); // at 0, 0.1, 0.2, 0.3
  for (std::size_t i = 0; i < suspended.size(); ++i) {
    CHECK(suspended[i].what == "sleep");
    CHECK(suspended[i].value == doctest::Approx(0.1));
    CHECK(suspended[i].time == doctest::Approx(0.1 * static_cast<double>(i)));
  }
  CHECK(rec.of("spinner", TraceKind::task_resumed).size() == 4); // 3 wake-ups + the cancel
  // It caught the cancellation and returned: done at 0.35 s, not cancelled.
  auto done = rec.of("spinner", TraceKind::task_done);
  REQUIRE(done.size() == 1);
  CHECK(done[0].time == doctest::Approx(0.35));
  CHECK(rec.of("spinner", TraceKind::task_cancelled).empty());
  // The main task waited on the spinner task at the end.
  auto main_waits = rec.of("Task-1", TraceKind::task_suspended);
  REQUIRE(main_waits.size() == 2);
  CHECK(main_waits[0].what == "sleep");
  CHECK(main_waits[1].what == "Task");
}

TEST_CASE("trace: cancellation, raised exceptions, queues and locks") {
  reset_task_names();
  Loop loop;
  Recorder rec;
  loop.set_tracer(&rec);
  Queue<int> q(1);
  Lock lock;
  auto victim = []() -> Coro<void> { co_await sleep(10); };
  auto failing = []() -> Coro<void> {
    co_await sleep(0);
    throw std::runtime_error("bad cc");
  };
  auto scenario = [&]() -> Coro<void> {
    auto v = create_task(victim());
    auto f = create_task(failing());
    co_await sleep(0);
    v.cancel();
    co_await lock.acquire();
    co_await q.put(1);
    co_await q.get();
    lock.release();
    try {
      co_await f;
    } catch (const std::runtime_error&) {
    }
    try {
      co_await v;
    } catch (const CancelledError&) {
    }
  };
  loop.run_until_complete(scenario());
  CHECK(rec.of("Task-2", TraceKind::task_cancelled).size() == 1);
  auto raised = rec.of("Task-3", TraceKind::task_raised);
  REQUIRE(raised.size() == 1);
  CHECK(raised[0].what == "bad cc");
  CHECK(rec.of("Task-1", TraceKind::queue_put).size() == 1);
  CHECK(rec.of("Task-1", TraceKind::queue_get).size() == 1);
  CHECK(rec.of("Task-1", TraceKind::lock_acquire).size() == 1);
  CHECK(rec.of("Task-1", TraceKind::lock_release).size() == 1);
  CHECK(rec.of("", TraceKind::timer_fired).size() == 0); // the 10 s timer was cancelled
}
