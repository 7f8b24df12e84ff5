// CPython-ordering tests of tasks, futures, loop callbacks and cancellation: each scenario's
// Python twin is in twins/ (tasks_*.py, loop_*.py, cancel_*.py).
#include <doctest/doctest.h>

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "twin.hpp"

using namespace tulip;
using twin::Output;

namespace {

// Python's ValueError, for the exceptions the scenarios raise themselves.
struct ValueError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// type(e).__name__ of an exception (the names differ in C++).
std::string type_name(std::exception_ptr e) {
  if (!e)
    return "None";
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError&) {
    return "CancelledError";
  } catch (const ValueError&) {
    return "ValueError";
  } catch (const InvalidStateError&) {
    return "InvalidStateError";
  } catch (const TimeoutError&) {
    return "TimeoutError";
  } catch (const std::runtime_error&) {
    return "RuntimeError";
  } catch (...) {
    return "unknown exception";
  }
}

// `type(e).__name__, e` as print() shows them.
std::string describe(std::exception_ptr e) {
  std::string text = type_name(e) + " ";
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError& c) {
    text += c.what();
  } catch (const std::exception& x) {
    text += x.what();
  }
  return text;
}

// The type name of what f() raises.
template <class F> std::string raised(F f) {
  try {
    f();
  } catch (...) {
    return type_name(std::current_exception());
  }
  return "nothing raised";
}

// "RuntimeError <message>" for what f() raises.
template <class F> std::string runtime_error_text(F f) {
  try {
    f();
  } catch (const std::runtime_error& e) {
    return std::string("RuntimeError ") + e.what();
  }
  return "nothing raised";
}

// Cases about the loop's own methods drive a Loop of their own, as their twins do with
// asyncio.new_event_loop(), outside any running loop.
template <class F> std::string run_outside(F body) {
  Output out;
  reset_task_names();
  body(out);
  return out.str();
}

} // namespace

#define CHECK_TWIN_OUTSIDE(name, body) CHECK(run_outside(body) == twin::python(name))

// --- tasks ---------------------------------------------------------------------------------------

TEST_CASE("ordering: create_task runs first steps in FIFO order") {
  CHECK_TWIN("tasks_fifo_first_steps", [](Output& out) -> Coro<void> {
    auto worker = [&out](std::string name) -> Coro<void> {
      out.print("start", name);
      co_await sleep(0);
      out.print("end", name);
    };
    std::vector<Task<void>> tasks;
    for (std::string name : {"A", "B", "C"})
      tasks.push_back(create_task(worker(name)));
    out.print("created");
    for (auto& t : tasks)
      co_await t;
    out.print("done");
  });
}

TEST_CASE("ordering: task steps interleave with sleep(0)") {
  CHECK_TWIN("tasks_sleep0_interleave", [](Output& out) -> Coro<void> {
    auto worker = [&out](std::string name, int n) -> Coro<void> {
      for (int i = 0; i < n; ++i) {
        out.print(name, i);
        co_await sleep(0);
      }
      out.print(name, "finished");
    };
    auto a = create_task(worker("A", 3));
    auto b = create_task(worker("B", 2));
    for (int i = 0; i < 4; ++i) {
      out.print("main", i);
      co_await sleep(0);
    }
    co_await a;
    co_await b;
    out.print("done");
  });
}

TEST_CASE("ordering: a task created inside another task") {
  CHECK_TWIN("tasks_nested_create", [](Output& out) -> Coro<void> {
    auto inner = [&out]() -> Coro<int> {
      out.print("inner start");
      co_await sleep(0);
      out.print("inner end");
      co_return 5;
    };
    auto outer = [&]() -> Coro<int> {
      out.print("outer start");
      auto t = create_task(inner());
      out.print("outer created inner");
      co_await sleep(0);
      out.print("outer after sleep(0), inner done:", t.done());
      int value = co_await t;
      out.print("outer got", value);
      co_return value * 2;
    };
    auto o = create_task(outer());
    out.print("main created outer");
    co_await sleep(0);
    out.print("main after sleep(0)");
    out.print("main got", co_await o);
  });
}

TEST_CASE("ordering: awaiting a task that is already done does not yield") {
  CHECK_TWIN("tasks_await_done_task", [](Output& out) -> Coro<void> {
    auto answer = [&out]() -> Coro<int> {
      out.print("answer runs");
      co_return 42;
    };
    auto other = [&out]() -> Coro<void> {
      out.print("other runs");
      co_return;
    };
    auto t = create_task(answer());
    co_await sleep(0);
    out.print("t done:", t.done());
    auto o = create_task(other());
    out.print("got", co_await t);
    out.print("got again", co_await t);
    co_await o;
    out.print("done");
  });
}

TEST_CASE("ordering: a task's result and exception reach its awaiter") {
  CHECK_TWIN("tasks_result_exception", [](Output& out) -> Coro<void> {
    auto ok = []() -> Coro<int> {
      co_await sleep(0);
      co_return 7;
    };
    auto bad = []() -> Coro<void> {
      co_await sleep(0);
      throw ValueError("bad value");
    };
    auto a = create_task(ok());
    auto b = create_task(bad());
    out.print("a ->", co_await a);
    try {
      co_await b;
    } catch (const ValueError& e) {
      out.print("b raised", "ValueError", e.what());
    }
    out.print("b done:", b.done(), "cancelled:", b.cancelled());
    try {
      b.result();
    } catch (const ValueError& e) {
      out.print("b.result() raised", "ValueError", e.what());
    }
    out.print("b.exception():", type_name(b.exception()));
  });
}

TEST_CASE("ordering: results and exceptions through a chain of awaited coroutines") {
  CHECK_TWIN("tasks_exception_chain", [](Output& out) -> Coro<void> {
    auto level3 = [&out](bool fail) -> Coro<int> {
      out.print("level3 start");
      co_await sleep(0);
      if (fail)
        throw ValueError("deep");
      co_return 3;
    };
    auto level2 = [&](bool fail) -> Coro<int> {
      int value = 0;
      try {
        value = co_await level3(fail);
      } catch (const ValueError& e) {
        out.print("level2 caught", e.what());
        throw std::runtime_error("wrapped");
      }
      out.print("level2 got", value);
      co_return value + 20;
    };
    auto level1 = [&](bool fail) -> Coro<int> {
      int value = co_await level2(fail);
      out.print("level1 got", value);
      co_return value + 100;
    };
    out.print("ok chain ->", co_await create_task(level1(false)));
    auto t = create_task(level1(true));
    try {
      co_await t;
    } catch (const std::runtime_error& e) {
      out.print("main caught", "RuntimeError", e.what());
    }
    out.print("direct ->", co_await level1(false));
  });
}

TEST_CASE("ordering: current_task() identity") {
  CHECK_TWIN("tasks_current_task", [](Output& out) -> Coro<void> {
    TaskBase* me = current_task();
    out.print("main has a current task:", me != nullptr);
    out.print("main name:", me->get_name());
    auto child = []() -> Coro<TaskBase*> {
      co_await sleep(0);
      co_return current_task();
    };
    auto t = create_task(child());
    TaskBase* seen = co_await t;
    out.print("child saw itself:", seen == t.impl());
    out.print("child saw main:", seen == me);
    out.print("main still current:", current_task() == me);
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<void>();
    loop.call_soon([&] {
      out.print("callback sees a task:", current_task() != nullptr);
      fut.set_result();
    });
    co_await fut;
  });
}

TEST_CASE("ordering: all_tasks() counts the pending tasks") {
  CHECK_TWIN("tasks_all_tasks", [](Output& out) -> Coro<void> {
    auto worker = [](int n) -> Coro<void> {
      for (int i = 0; i < n; ++i)
        co_await sleep(0);
    };
    out.print("at start:", all_tasks().size());
    std::vector<Task<void>> tasks;
    for (int n : {1, 2, 3})
      tasks.push_back(create_task(worker(n)));
    out.print("after create:", all_tasks().size());
    co_await sleep(0);
    out.print("after 1 step:", all_tasks().size());
    co_await sleep(0);
    out.print("after 2 steps:", all_tasks().size());
    co_await sleep(0);
    out.print("after 3 steps:", all_tasks().size());
    co_await sleep(0);
    out.print("after 4 steps:", all_tasks().size());
    auto all = all_tasks();
    out.print("main in all_tasks:", std::any_of(all.begin(), all.end(), [](const Ref<TaskBase>& t) {
                return t.get() == current_task();
              }));
    for (auto& t : tasks)
      co_await t;
  });
}

TEST_CASE("ordering: task names Task-N, set_name and get_name") {
  CHECK_TWIN("tasks_names", [](Output& out) -> Coro<void> {
    auto nop = []() -> Coro<void> { co_return; };
    out.print(current_task()->get_name());
    auto a = create_task(nop());
    auto b = create_task(nop());
    out.print(a.get_name(), b.get_name());
    a.set_name("renamed");
    out.print(a.get_name());
    co_await a;
    co_await b;
  });
}

TEST_CASE("ordering: a task given a name still uses up a Task-N number") {
  CHECK_TWIN("tasks_names_explicit", [](Output& out) -> Coro<void> {
    auto nop = []() -> Coro<void> { co_return; };
    auto w = create_task(nop(), "worker");
    auto x = create_task(nop());
    out.print(w.get_name(), x.get_name());
    co_await w;
    co_await x;
  });
}

TEST_CASE("ordering: a task awaiting itself gets RuntimeError") {
  CHECK_TWIN("tasks_await_itself", [](Output& out) -> Coro<void> {
    Task<std::string> self;
    auto body = [&]() -> Coro<std::string> {
      co_await sleep(0);
      try {
        co_await self;
      } catch (const std::runtime_error&) {
        out.print("awaiting itself raised", "RuntimeError");
      }
      co_return "after";
    };
    self = create_task(body());
    out.print("result:", co_await self);
  });
}

// --- futures -------------------------------------------------------------------------------------

TEST_CASE("ordering: a future's result set from a call_soon callback") {
  CHECK_TWIN("tasks_future_call_soon", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    loop.call_soon([&] {
      out.print("callback sets the result");
      fut.set_result(7);
    });
    out.print("awaiting, done:", fut.done());
    out.print("got", co_await fut);
    out.print("done:", fut.done(), "result:", fut.result());
  });
}

TEST_CASE("ordering: a future's result set from a call_later callback") {
  CHECK_TWIN("tasks_future_call_later", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<std::string>();
    double start = loop.time();
    loop.call_later(0.04, [&] {
      out.print("late timer");
      fut.set_result("late");
    });
    loop.call_later(0.02, [&] { out.print("early timer"); });
    out.print("awaiting");
    out.print("got", co_await fut);
    out.print("waited at least 0.04:", loop.time() - start >= 0.04);
  });
}

TEST_CASE("ordering: a future's exception set from a timer") {
  CHECK_TWIN("tasks_future_set_exception", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    loop.call_later(0.02,
                    [&] { fut.set_exception(std::make_exception_ptr(ValueError("from timer"))); });
    try {
      co_await fut;
    } catch (const ValueError& e) {
      out.print("await raised", "ValueError", e.what());
    }
    out.print("done:", fut.done(), "cancelled:", fut.cancelled());
    out.print("exception():", describe(fut.exception()));
    try {
      fut.result();
    } catch (const ValueError& e) {
      out.print("result() raised", "ValueError", e.what());
    }
  });
}

TEST_CASE("ordering: done callbacks are scheduled, not called by set_result") {
  CHECK_TWIN("tasks_future_callbacks_scheduled", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    fut.add_done_callback([&out](Future<int> f) { out.print("callback 1 sees", f.result()); });
    fut.add_done_callback([&out](Future<int> f) { out.print("callback 2 sees", f.result()); });
    loop.call_soon([&] { out.print("call_soon before set_result"); });
    out.print("before set_result");
    fut.set_result(3);
    out.print("after set_result");
    loop.call_soon([&] { out.print("call_soon after set_result"); });
    co_await sleep(0);
    out.print("after sleep(0)");
  });
}

TEST_CASE("ordering: add_done_callback on a done future schedules the callback") {
  CHECK_TWIN("tasks_future_callback_on_done", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<std::string>();
    fut.set_result("x");
    co_await sleep(0);
    out.print("before add_done_callback");
    fut.add_done_callback(
        [&out](Future<std::string> f) { out.print("late callback sees", f.result()); });
    out.print("after add_done_callback");
    co_await sleep(0);
    out.print("after sleep(0)");
  });
}

TEST_CASE("ordering: remove_done_callback") {
  CHECK_TWIN("tasks_future_remove_callback", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<void>();
    fut.add_done_callback([&out](Future<void>) { out.print("first"); });
    const void* second = fut.add_done_callback([&out](Future<void>) { out.print("second"); });
    const void* third = fut.add_done_callback([&out](Future<void>) { out.print("third"); });
    out.print("removed", fut.remove_done_callback(second));
    out.print("removed again", fut.remove_done_callback(second));
    fut.set_result();
    out.print("removed after set_result", fut.remove_done_callback(third));
    co_await sleep(0);
    out.print("end");
  });
}

TEST_CASE("ordering: setting a done future raises InvalidStateError") {
  CHECK_TWIN("tasks_future_invalid_state", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    fut.set_result(1);
    out.print("set_result again:", raised([&] { fut.set_result(2); }));
    out.print("set_exception after result:",
              raised([&] { fut.set_exception(std::make_exception_ptr(ValueError("late"))); }));
    out.print("cancel a done future:", fut.cancel());
    out.print("result still", fut.result());
    auto c = loop.create_future<int>();
    out.print("cancel a pending future:", c.cancel());
    out.print("set_result on cancelled:", raised([&] { c.set_result(1); }));
    co_return;
  });
}

TEST_CASE("ordering: result() of a pending future raises InvalidStateError") {
  CHECK_TWIN("tasks_future_pending_result", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    out.print("result() of pending:", raised([&] { fut.result(); }));
    out.print("exception() of pending:", raised([&] { fut.exception(); }));
    fut.cancel();
    out.print("result() of cancelled:", raised([&] { fut.result(); }));
    out.print("exception() of cancelled:", raised([&] { fut.exception(); }));
    co_return;
  });
}

// Done callbacks run as call_soon callbacks do: what they raise goes to the exception handler.
TEST_CASE("ordering: an exception in a done callback goes to the handler") {
  CHECK_TWIN("tasks_future_callback_exception", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    loop.set_exception_handler([&out](const ExceptionContext& context) {
      out.print("handler got", type_name(context.exception));
    });
    auto fut = loop.create_future<void>();
    fut.add_done_callback([&out](Future<void>) {
      out.print("bad done callback raises");
      throw ValueError("oops");
    });
    fut.add_done_callback([&out](Future<void>) { out.print("next done callback still runs"); });
    fut.set_result();
    co_await sleep(0);
    out.print("main goes on");
  });
}

// Tasks parked on a future and its done callbacks run in the order they were added.
TEST_CASE("ordering: waiters and done callbacks of a future wake in registration order") {
  CHECK_TWIN("tasks_future_wake_order", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    auto waiter = [&](std::string name) -> Coro<void> {
      int value = co_await fut;
      out.print(name, "woke with", value);
    };
    auto a = create_task(waiter("A"));
    co_await sleep(0);
    fut.add_done_callback([&out](Future<int>) { out.print("callback"); });
    auto b = create_task(waiter("B"));
    co_await sleep(0);
    fut.set_result(1);
    out.print("set");
    co_await a;
    co_await b;
  });
}

// --- loop callbacks ------------------------------------------------------------------------------

TEST_CASE("ordering: call_soon callbacks run FIFO") {
  CHECK_TWIN("loop_call_soon_fifo", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    loop.call_soon([&] {
      out.print("A");
      loop.call_soon([&] { out.print("A2 (scheduled by A)"); });
    });
    loop.call_soon([&] { out.print("B"); });
    loop.call_soon([&] { out.print("C"); });
    co_await sleep(0);
    out.print("main");
    co_await sleep(0);
    out.print("main again");
  });
}

TEST_CASE("ordering: timers run by deadline, FIFO at equal deadlines") {
  CHECK_TWIN("loop_call_later_order", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto done = loop.create_future<void>();
    double t = loop.time();
    loop.call_at(t + 0.08, [&] {
      out.print("at 0.08");
      done.set_result();
    });
    loop.call_at(t + 0.02, [&] { out.print("at 0.02"); });
    loop.call_at(t + 0.04, [&] { out.print("at 0.04 first"); });
    loop.call_at(t + 0.04, [&] { out.print("at 0.04 second"); });
    loop.call_at(t + 0.04, [&] { out.print("at 0.04 third"); });
    loop.call_at(t + 0.06, [&] { out.print("at 0.06"); });
    loop.call_soon([&] { out.print("soon"); });
    co_await done;
    out.print("done");
  });
}

TEST_CASE("ordering: call_later with different delays") {
  CHECK_TWIN("loop_call_later_delays", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    for (double d : {0.06, 0.02, 0.04})
      loop.call_later(d, [&out, d] { out.print("delay", d); });
    loop.call_later(0, [&] { out.print("delay 0"); });
    out.print("scheduled");
    co_await sleep(0.08);
    out.print("done");
  });
}

// Due timers join the ready queue at the start of the next iteration, after what is there.
TEST_CASE("ordering: due timers run after the callbacks already ready") {
  CHECK_TWIN("loop_timer_after_ready", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    loop.call_later(0, [&] { out.print("timer with delay 0"); });
    loop.call_later(-1, [&] { out.print("timer with delay -1"); });
    loop.call_soon([&] { out.print("call_soon"); });
    co_await sleep(0);
    out.print("main");
    co_await sleep(0);
    out.print("main again");
  });
}

TEST_CASE("ordering: Handle.cancel of call_soon and call_later handles") {
  CHECK_TWIN("loop_handle_cancel", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    Handle h1 = loop.call_soon([&] { out.print("soon 1"); });
    Handle h2 = loop.call_soon([&] { out.print("soon 2"); });
    h1.cancel();
    Handle h3 = loop.call_later(0.02, [&] { out.print("later 0.02"); });
    Handle h4 = loop.call_later(0.04, [&] { out.print("later 0.04"); });
    h3.cancel();
    out.print("cancelled:", h1.cancelled(), h2.cancelled(), h3.cancelled(), h4.cancelled());
    h1.cancel();
    co_await sleep(0.06);
    // A callback cancels one scheduled after it in the same iteration: that one never runs.
    std::vector<Handle> handles;
    handles.push_back(loop.call_soon([&] {
      out.print("X cancels Y");
      handles[1].cancel();
    }));
    handles.push_back(loop.call_soon([&] { out.print("Y"); }));
    handles.push_back(loop.call_soon([&] { out.print("Z"); }));
    co_await sleep(0);
    out.print("done");
  });
}

// A timer armed with delay 0 is due at the next iteration and runs after one more step of a
// task yielding 1000 times. (A positive delay cannot be compared: under real time, when it falls
// due during the storm depends on the machine; under virtual time, never.)
TEST_CASE("ordering: a sleep(0) storm does not starve due timers") {
  CHECK_TWIN("loop_timer_vs_storm", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    int count = 0;
    std::vector<std::string> fired;
    auto record = [&](std::string name) {
      fired.push_back(name + " timer ran after step " + std::to_string(count));
    };
    for (int i = 0; i < 1000; ++i) {
      if (i == 0)
        loop.call_later(0, [&] { record("first"); });
      if (i == 500) {
        loop.call_later(0, [&] { record("second"); });
        loop.call_at(loop.time(), [&] { record("third"); });
      }
      co_await sleep(0);
      ++count;
    }
    out.print("storm yielded", count, "times");
    for (auto& line : fired)
      out.print(line);
  });
}

TEST_CASE("ordering: run_until_complete returns the result") {
  CHECK_TWIN_OUTSIDE("loop_run_until_complete", [](Output& out) {
    auto compute = []() -> Coro<int> {
      co_await sleep(0.02);
      co_return 42;
    };
    auto fail = []() -> Coro<void> {
      co_await sleep(0);
      throw ValueError("no luck");
    };
    Loop loop;
    out.print("result", loop.run_until_complete(compute()));
    auto fut = loop.create_future<std::string>();
    loop.call_soon([fut] { fut.set_result("from future"); });
    out.print("result", loop.run_until_complete(fut));
    auto task = loop.create_task(compute());
    int result = loop.run_until_complete(task);
    out.print("result", result, task.done());
    try {
      loop.run_until_complete(fail());
    } catch (const ValueError& e) {
      out.print("raised", "ValueError", e.what());
    }
    out.print("running:", loop.is_running());
    loop.close();
  });
}

TEST_CASE("ordering: loop.stop() from a callback ends run_forever after the iteration") {
  CHECK_TWIN_OUTSIDE("loop_stop_in_callback", [](Output& out) {
    Loop loop;
    auto stopper = [&] {
      out.print("stopper");
      loop.stop();
    };
    loop.call_soon([&] { out.print("A"); });
    loop.call_soon(stopper);
    loop.call_soon([&] {
      out.print("B (same iteration as stop)");
      loop.call_soon([&] { out.print("C (next iteration)"); });
    });
    loop.run_forever();
    out.print("run_forever returned");
    loop.call_later(0.02, stopper);
    loop.run_forever();
    out.print("run_forever returned again");
    loop.stop(); // before run_forever: exactly one iteration runs
    loop.call_soon([&] { out.print("D"); });
    loop.call_soon([&] { loop.call_soon([&] { out.print("E (not run)"); }); });
    loop.run_forever();
    out.print("third run_forever returned");
    loop.close();
  });
}

TEST_CASE("ordering: run_until_complete and run_forever on a running loop raise") {
  CHECK_TWIN("loop_errors", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto nop = []() -> Coro<int> { co_return 1; };
    out.print(runtime_error_text([&] { loop.run_until_complete(nop()); }));
    out.print(runtime_error_text([&] { loop.run_forever(); }));
    out.print("still running:", loop.is_running());
    co_return;
  });
}

TEST_CASE("ordering: a closed loop refuses callbacks and runs") {
  CHECK_TWIN_OUTSIDE("loop_closed", [](Output& out) {
    auto nop = []() -> Coro<int> { co_return 1; };
    Loop loop;
    loop.call_soon([&] { out.print("never runs"); });
    loop.close();
    out.print("closed:", loop.is_closed());
    out.print(runtime_error_text([&] { loop.call_soon([&] { out.print("x"); }); }));
    out.print(runtime_error_text([&] { loop.call_later(1, [&] { out.print("x"); }); }));
    out.print(runtime_error_text([&] { loop.run_until_complete(nop()); }));
    out.print(runtime_error_text([&] { loop.run_forever(); }));
    loop.close(); // closing twice is harmless
    out.print("end");
  });
}

TEST_CASE("ordering: an exception in a callback goes to the handler, the loop goes on") {
  CHECK_TWIN("loop_callback_exception", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    loop.set_exception_handler([&out](const ExceptionContext& context) {
      out.print("handler got", type_name(context.exception));
    });
    loop.call_soon([&] {
      out.print("bad callback raises");
      throw ValueError("oops");
    });
    loop.call_soon([&] { out.print("next callback still runs"); });
    co_await sleep(0);
    out.print("main goes on");
  });
}

TEST_CASE("ordering: run_until_complete when the loop stops before the future is done") {
  CHECK_TWIN_OUTSIDE("loop_stop_before_complete", [](Output& out) {
    Loop loop;
    auto body = [&]() -> Coro<std::string> {
      out.print("body stops the loop");
      loop.stop();
      co_await sleep(0.02);
      out.print("body finished");
      co_return "late";
    };
    auto task = loop.create_task(body());
    out.print(runtime_error_text([&] { loop.run_until_complete(task); }));
    out.print("task done:", task.done());
    out.print("resumed:", loop.run_until_complete(task));
    loop.close();
  });
}

// --- cancellation at each kind of await ----------------------------------------------------------

TEST_CASE("ordering: cancel a task in sleep(d)") {
  CHECK_TWIN("cancel_sleep", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    double start = loop.time();
    auto body = [&out]() -> Coro<void> {
      out.print("body sleeps");
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("body cancelled in sleep(10)");
        throw;
      }
      out.print("not reached");
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    out.print("right after cancel: cancelled", t.cancelled(), "done", t.done());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("cancelled", t.cancelled(), "done", t.done());
    out.print("no time passed:", loop.time() - start < 1);
  });
}

// The body's next step is already scheduled: cancel() marks it to throw CancelledError there.
TEST_CASE("ordering: cancel a task in sleep(0)") {
  CHECK_TWIN("cancel_sleep0", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<void> {
      out.print("body yields");
      try {
        co_await sleep(0);
      } catch (const CancelledError&) {
        out.print("body cancelled in sleep(0)");
        throw;
      }
      out.print("not reached");
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("cancelled", t.cancelled());
  });
}

TEST_CASE("ordering: cancel a task awaiting a future cancels the future") {
  CHECK_TWIN("cancel_future", [](Output& out) -> Coro<void> {
    auto fut = get_running_loop().create_future<int>();
    auto body = [&]() -> Coro<void> {
      out.print("body awaits a future");
      try {
        co_await fut;
      } catch (const CancelledError&) {
        out.print("body cancelled, future cancelled:", fut.cancelled());
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    out.print("future cancelled at once:", fut.cancelled());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("task cancelled", t.cancelled());
  });
}

TEST_CASE("ordering: cancel a task awaiting another task cancels that task too") {
  CHECK_TWIN("cancel_task", [](Output& out) -> Coro<void> {
    auto inner = [&out]() -> Coro<void> {
      out.print("inner sleeps");
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("inner cancelled");
        throw;
      }
    };
    auto i = create_task(inner());
    auto outer = [&]() -> Coro<void> {
      out.print("outer awaits inner");
      try {
        co_await i;
      } catch (const CancelledError&) {
        out.print("outer cancelled, inner cancelled:", i.cancelled());
        throw;
      }
    };
    auto o = create_task(outer());
    co_await sleep(0);
    out.print("cancel outer ->", o.cancel());
    out.print("inner cancelling:", i.cancelling());
    try {
      co_await o;
    } catch (const CancelledError&) {
      out.print("await outer raised CancelledError");
    }
    out.print("outer cancelled", o.cancelled(), "inner cancelled", i.cancelled());
  });
}

TEST_CASE("ordering: cancel a task in Queue.get") {
  CHECK_TWIN("cancel_queue_get", [](Output& out) -> Coro<void> {
    Queue<int> q;
    auto body = [&]() -> Coro<void> {
      out.print("body gets");
      try {
        co_await q.get();
      } catch (const CancelledError&) {
        out.print("body cancelled in get");
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    q.put_nowait(5);
    out.print("qsize after put:", q.qsize());
    out.print("get ->", co_await q.get());
  });
}

TEST_CASE("ordering: cancel a task in Queue.put on a full queue") {
  CHECK_TWIN("cancel_queue_put", [](Output& out) -> Coro<void> {
    Queue<int> q(1);
    q.put_nowait(1);
    auto body = [&]() -> Coro<void> {
      out.print("body puts into a full queue");
      try {
        co_await q.put(2);
      } catch (const CancelledError&) {
        out.print("body cancelled in put");
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("qsize:", q.qsize(), "full:", q.full());
    out.print("get ->", q.get_nowait());
    co_await sleep(0);
    out.print("qsize after get:", q.qsize());
  });
}

TEST_CASE("ordering: cancel a task in Lock.acquire") {
  CHECK_TWIN("cancel_lock", [](Output& out) -> Coro<void> {
    Lock lock;
    co_await lock.acquire();
    auto body = [&]() -> Coro<void> {
      out.print("body acquires");
      try {
        co_await lock.acquire();
      } catch (const CancelledError&) {
        out.print("body cancelled in acquire");
        throw;
      }
      out.print("not reached");
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("locked:", lock.locked());
    lock.release();
    out.print("locked after release:", lock.locked());
    co_await lock.acquire();
    out.print("main acquired again");
    lock.release();
  });
}

TEST_CASE("ordering: cancel a task in Event.wait") {
  CHECK_TWIN("cancel_event", [](Output& out) -> Coro<void> {
    Event ev;
    auto body = [&](std::string name) -> Coro<void> {
      out.print(name, "waits");
      try {
        co_await ev.wait();
      } catch (const CancelledError&) {
        out.print(name, "cancelled in wait");
        throw;
      }
      out.print(name, "woken");
    };
    auto a = create_task(body("A"));
    auto b = create_task(body("B"));
    co_await sleep(0);
    out.print("cancel A ->", a.cancel());
    ev.set();
    co_await gather_outcomes(a, b);
    out.print("A cancelled", a.cancelled(), "B cancelled", b.cancelled());
  });
}

// The cancelled Condition.wait must take the lock back (held by main) before it raises.
TEST_CASE("ordering: cancel a task in Condition.wait") {
  CHECK_TWIN("cancel_condition", [](Output& out) -> Coro<void> {
    Condition cond;
    auto body = [&]() -> Coro<void> {
      co_await cond.acquire();
      out.print("body waits");
      try {
        co_await cond.wait();
      } catch (const CancelledError&) {
        out.print("body cancelled, holds the lock:", cond.locked());
        cond.release();
        throw;
      }
      cond.release();
    };
    auto t = create_task(body());
    co_await sleep(0);
    co_await cond.acquire();
    out.print("main holds the lock, cancel ->", t.cancel());
    co_await sleep(0);
    co_await sleep(0);
    out.print("main still holds it, body done:", t.done());
    cond.release();
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("locked:", cond.locked());
  });
}

TEST_CASE("ordering: cancel a task in Semaphore.acquire") {
  CHECK_TWIN("cancel_semaphore", [](Output& out) -> Coro<void> {
    Semaphore sem(1);
    co_await sem.acquire();
    auto body = [&]() -> Coro<void> {
      out.print("body acquires");
      try {
        co_await sem.acquire();
      } catch (const CancelledError&) {
        out.print("body cancelled in acquire");
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("locked:", sem.locked());
    sem.release();
    out.print("locked after release:", sem.locked());
    co_await sem.acquire();
    out.print("main acquired again");
    sem.release();
  });
}

TEST_CASE("ordering: cancel a task in gather cancels the children") {
  CHECK_TWIN("cancel_gather", [](Output& out) -> Coro<void> {
    auto child = [&out](std::string name) -> Coro<void> {
      out.print("child", name, "sleeps");
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("child", name, "cancelled");
        throw;
      }
    };
    auto a = create_task(child("A"));
    auto b = create_task(child("B"));
    auto body = [&]() -> Coro<void> {
      out.print("body gathers");
      try {
        co_await gather(a, b);
      } catch (const CancelledError&) {
        out.print("body cancelled");
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("A cancelled", a.cancelled(), "B cancelled", b.cancelled());
  });
}

TEST_CASE("ordering: cancel a task in wait() leaves the children running") {
  CHECK_TWIN("cancel_wait", [](Output& out) -> Coro<void> {
    auto child = [&out](std::string name) -> Coro<std::string> {
      out.print("child", name, "sleeps");
      co_await sleep(0.02);
      out.print("child", name, "finished");
      co_return name;
    };
    auto a = create_task(child("A"));
    auto b = create_task(child("B"));
    std::vector<Task<std::string>> children;
    children.push_back(a);
    children.push_back(b);
    auto body = [&]() -> Coro<void> {
      out.print("body waits");
      try {
        co_await tulip::wait(children);
      } catch (const CancelledError&) {
        out.print("body cancelled");
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("A done", a.done(), "B done", b.done());
    std::string ra = co_await a;
    std::string rb = co_await b;
    out.print("results", ra, rb);
  });
}

TEST_CASE("ordering: cancel a task in wait_for cancels the inner task") {
  CHECK_TWIN("cancel_wait_for", [](Output& out) -> Coro<void> {
    auto inner = [&out]() -> Coro<void> {
      out.print("inner sleeps");
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("inner cancelled");
        throw;
      }
    };
    auto i = create_task(inner());
    auto body = [&]() -> Coro<void> {
      out.print("body waits for inner");
      try {
        co_await wait_for(i, 5.0);
      } catch (const CancelledError&) {
        out.print("body cancelled, inner done:", i.done());
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("inner cancelled", i.cancelled());
  });
}

TEST_CASE("ordering: cancel a task in shield() leaves the inner task running") {
  CHECK_TWIN("cancel_shield", [](Output& out) -> Coro<void> {
    auto inner = [&out]() -> Coro<std::string> {
      out.print("inner sleeps");
      co_await sleep(0.02);
      out.print("inner finished");
      co_return "inner result";
    };
    auto i = create_task(inner());
    auto body = [&]() -> Coro<void> {
      out.print("body awaits shield(inner)");
      try {
        co_await shield(i);
      } catch (const CancelledError&) {
        out.print("body cancelled, inner done:", i.done());
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("inner cancelled", i.cancelled());
    out.print("inner ->", co_await i);
  });
}

TEST_CASE("ordering: an outside cancellation passes through a timeout scope") {
  CHECK_TWIN("cancel_timeout_scope", [](Output& out) -> Coro<void> {
    auto sleeper = []() -> Coro<void> { co_await sleep(5); };
    auto body = [&]() -> Coro<void> {
      out.print("body enters a timeout scope");
      try {
        co_await timeout(10.0, sleeper());
      } catch (const CancelledError&) {
        out.print("body cancelled, not timed out");
        throw;
      } catch (const TimeoutError&) {
        out.print("not reached");
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("cancelled", t.cancelled(), "cancelling", t.cancelling());
  });
}

TEST_CASE("ordering: an expiring timeout scope cancels inside, raises TimeoutError outside") {
  CHECK_TWIN("cancel_timeout_expires", [](Output& out) -> Coro<void> {
    auto sleeper = [&out]() -> Coro<void> {
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("inside: CancelledError, cancelling", current_task()->cancelling());
        throw;
      }
    };
    auto body = [&]() -> Coro<std::string> {
      try {
        co_await timeout(0.02, sleeper());
      } catch (const TimeoutError&) {
        out.print("outside:", "TimeoutError", "cancelling", current_task()->cancelling());
      }
      co_return "body survived";
    };
    auto t = create_task(body());
    out.print(co_await t);
    out.print("cancelled", t.cancelled());
  });
}

TEST_CASE("ordering: a task cancelled before it started never runs") {
  CHECK_TWIN("cancel_before_start", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<void> {
      out.print("body runs (not reached)");
      co_return;
    };
    auto t = create_task(body());
    out.print("cancel ->", t.cancel());
    out.print("cancelled", t.cancelled(), "done", t.done());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("cancelled", t.cancelled(), "done", t.done());
    auto m = create_task(body());
    m.cancel("too early");
    try {
      co_await m;
    } catch (const CancelledError& e) {
      out.print("await m raised CancelledError:", e.what());
    }
  });
}

TEST_CASE("ordering: cancel with a message") {
  CHECK_TWIN("cancel_message", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<void> {
      try {
        co_await sleep(10);
      } catch (const CancelledError& e) {
        out.print("body sees message:", e.what());
        throw;
      }
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel("stop now"));
    try {
      co_await t;
    } catch (const CancelledError& e) {
      out.print("await t sees message:", e.what());
    }
    out.print("cancelled", t.cancelled());
  });
}

TEST_CASE("ordering: a task that catches CancelledError and carries on") {
  CHECK_TWIN("cancel_suppress", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<std::string> {
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("body swallows the cancellation");
      }
      co_await sleep(0);
      out.print("body carries on");
      co_return "survived";
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    out.print("result:", co_await t);
    out.print("cancelled", t.cancelled(), "cancelling", t.cancelling());
  });
}

TEST_CASE("ordering: CancelledError re-raised after cleanup that awaits") {
  CHECK_TWIN("cancel_reraise_cleanup", [](Output& out) -> Coro<void> {
    auto leaf = [&out]() -> Coro<void> {
      try {
        co_await sleep(10);
      } catch (...) {
        out.print("leaf cleanup");
        throw;
      }
      out.print("leaf cleanup");
    };
    auto middle = [&]() -> Coro<void> {
      std::exception_ptr cancelled;
      try {
        co_await leaf();
      } catch (const CancelledError&) {
        out.print("middle sees CancelledError, cleans up");
        cancelled = std::current_exception();
      }
      if (cancelled) {
        co_await sleep(0);
        out.print("middle re-raises");
        std::rethrow_exception(cancelled);
      }
    };
    auto t = create_task(middle());
    co_await sleep(0);
    out.print("cancel ->", t.cancel());
    co_await sleep(0);
    out.print("after one iteration: done", t.done());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("cancelled", t.cancelled());
  });
}

// Both requests arrive as one CancelledError (with the first message): the next await is not
// cancelled.
TEST_CASE("ordering: cancelling a task twice") {
  CHECK_TWIN("cancel_twice", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<std::string> {
      try {
        co_await sleep(10);
      } catch (const CancelledError& e) {
        out.print("body caught:", e.what());
      }
      co_await sleep(0);
      out.print("body carries on");
      co_return "ok";
    };
    auto t = create_task(body());
    co_await sleep(0);
    out.print("first cancel ->", t.cancel("first"));
    out.print("second cancel ->", t.cancel("second"));
    out.print("cancelling", t.cancelling());
    out.print("result:", co_await t);
    out.print("cancel after done ->", t.cancel());
    out.print("cancelling", t.cancelling());
  });
}

TEST_CASE("ordering: cancel() return values") {
  CHECK_TWIN("cancel_return_values", [](Output& out) -> Coro<void> {
    auto quick = []() -> Coro<int> { co_return 1; };
    auto sleeper = []() -> Coro<void> { co_await sleep(10); };
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    out.print("pending future:", fut.cancel());
    out.print("cancelled future:", fut.cancel());
    auto done = loop.create_future<int>();
    done.set_result(1);
    out.print("done future:", done.cancel());
    auto q = create_task(quick());
    co_await q;
    out.print("finished task:", q.cancel());
    auto s = create_task(sleeper());
    co_await sleep(0);
    out.print("sleeping task:", s.cancel());
    out.print("sleeping task again:", s.cancel());
    try {
      co_await s;
    } catch (const CancelledError&) {
    }
    out.print("cancelled task:", s.cancel());
  });
}

TEST_CASE("ordering: cancelling() and uncancel() counts") {
  CHECK_TWIN("cancel_uncancel", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<int> {
      TaskBase* me = current_task();
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("caught, cancelling", me->cancelling());
        out.print("uncancel ->", me->uncancel());
        out.print("uncancel ->", me->uncancel());
        out.print("uncancel at zero ->", me->uncancel());
      }
      co_await sleep(0);
      co_return me->cancelling();
    };
    auto t = create_task(body());
    out.print("fresh task cancelling", t.cancelling());
    co_await sleep(0);
    t.cancel();
    t.cancel();
    out.print("after two cancels", t.cancelling());
    out.print("body returned cancelling", co_await t);
    out.print("cancelled", t.cancelled());
  });
}

TEST_CASE("ordering: a task that cancels itself and then awaits") {
  CHECK_TWIN("cancel_self", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<std::string> {
      TaskBase* me = current_task();
      out.print("cancel self ->", me->cancel());
      out.print("still running after self-cancel");
      try {
        co_await sleep(0);
      } catch (const CancelledError&) {
        out.print("CancelledError at sleep(0)");
      }
      auto fut = get_running_loop().create_future<int>();
      me->cancel("again");
      try {
        co_await fut;
      } catch (const CancelledError& e) {
        // The future is cancelled as soon as the task parks on it.
        out.print("CancelledError at the future:", e.what(), "future cancelled:", fut.cancelled());
      }
      co_return "finished";
    };
    auto t = create_task(body());
    out.print("result:", co_await t);
    out.print("cancelled", t.cancelled(), "cancelling", t.cancelling());
  });
}

// A cancellation requested during the last step wins over the return value.
TEST_CASE("ordering: a task that cancels itself in its last step ends cancelled") {
  CHECK_TWIN("cancel_last_step", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<std::string> {
      current_task()->cancel();
      out.print("body returns right after cancelling itself");
      co_return "lost";
    };
    auto t = create_task(body());
    try {
      out.print(co_await t);
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    out.print("cancelled", t.cancelled(), "done", t.done());
  });
}

TEST_CASE("ordering: cancelled() and done() of a task after cancel()") {
  CHECK_TWIN("cancel_task_state", [](Output& out) -> Coro<void> {
    auto body = []() -> Coro<void> { co_await sleep(10); };
    auto t = create_task(body());
    co_await sleep(0);
    t.cancel();
    out.print("after cancel(): cancelled", t.cancelled(), "done", t.done());
    co_await sleep(0);
    out.print("one iteration later: cancelled", t.cancelled(), "done", t.done());
    out.print("result() raised", raised([&] { t.result(); }));
    out.print("exception() raised", raised([&] { t.exception(); }));
  });
}

// The original message the first time only (CPython's Future._make_cancelled_error); a cancelled
// future keeps its message.
TEST_CASE("ordering: awaiting a cancelled task twice") {
  CHECK_TWIN("cancel_await_message", [](Output& out) -> Coro<void> {
    auto body = []() -> Coro<void> { co_await sleep(10); };
    auto t = create_task(body());
    co_await sleep(0);
    t.cancel("the reason");
    for (std::string attempt : {"first", "second"}) {
      try {
        co_await t;
      } catch (const CancelledError& e) {
        out.print(attempt, "await: message", "'" + std::string(e.what()) + "'");
      }
    }
    auto f = get_running_loop().create_future<void>();
    f.cancel("future reason");
    for (std::string attempt : {"first", "second"}) {
      try {
        co_await f;
      } catch (const CancelledError& e) {
        out.print(attempt, "future await: message", "'" + std::string(e.what()) + "'");
      }
    }
  });
}

// The task's wake-up is scheduled but has not run when cancel() comes: the awaited future (or
// event) is done and cannot be cancelled, so the next step throws CancelledError instead.
TEST_CASE("ordering: cancel after the awaited future completed, before the task resumed") {
  CHECK_TWIN("cancel_after_wakeup", [](Output& out) -> Coro<void> {
    Loop& loop = get_running_loop();
    auto fut = loop.create_future<int>();
    auto body = [&]() -> Coro<void> {
      int value = 0;
      try {
        value = co_await fut;
      } catch (const CancelledError&) {
        out.print("body cancelled although the future has a result:", fut.result());
        throw;
      }
      out.print("not reached", value);
    };
    auto t = create_task(body());
    co_await sleep(0);
    fut.set_result(1);
    out.print("cancel ->", t.cancel());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
    Event ev;
    auto waiter = [&]() -> Coro<void> {
      try {
        co_await ev.wait();
      } catch (const CancelledError&) {
        out.print("event waiter cancelled although the event is set:", ev.is_set());
        throw;
      }
    };
    auto w = create_task(waiter());
    co_await sleep(0);
    ev.set();
    out.print("cancel ->", w.cancel());
    try {
      co_await w;
    } catch (const CancelledError&) {
      out.print("await w raised CancelledError");
    }
  });
}

// A getter woken by put_nowait and cancelled before it runs passes the item on.
TEST_CASE("ordering: a woken Queue.get cancelled before it runs hands over the item") {
  CHECK_TWIN("cancel_queue_get_handoff", [](Output& out) -> Coro<void> {
    Queue<int> q;
    auto getter = [&](std::string name) -> Coro<void> {
      int value = 0;
      try {
        value = co_await q.get();
      } catch (const CancelledError&) {
        out.print(name, "cancelled");
        throw;
      }
      out.print(name, "got", value);
    };
    auto a = create_task(getter("A"));
    auto b = create_task(getter("B"));
    co_await sleep(0);
    q.put_nowait(1);
    out.print("cancel A ->", a.cancel());
    co_await gather_outcomes(a, b);
    out.print("A cancelled", a.cancelled(), "qsize", q.qsize());
  });
}

TEST_CASE("ordering: a woken Lock.acquire cancelled before it runs wakes the next waiter") {
  CHECK_TWIN("cancel_lock_handoff", [](Output& out) -> Coro<void> {
    Lock lock;
    co_await lock.acquire();
    auto worker = [&](std::string name) -> Coro<void> {
      try {
        co_await lock.acquire();
      } catch (const CancelledError&) {
        out.print(name, "cancelled, locked:", lock.locked());
        throw;
      }
      out.print(name, "acquired");
      co_await sleep(0);
      lock.release();
      out.print(name, "released");
    };
    auto a = create_task(worker("A"));
    auto b = create_task(worker("B"));
    co_await sleep(0);
    lock.release();
    out.print("cancel A ->", a.cancel());
    co_await gather_outcomes(a, b);
    out.print("A cancelled", a.cancelled(), "locked", lock.locked());
  });
}

TEST_CASE("ordering: a woken Semaphore.acquire cancelled before it runs wakes the next waiter") {
  CHECK_TWIN("cancel_semaphore_handoff", [](Output& out) -> Coro<void> {
    Semaphore sem(0);
    auto worker = [&](std::string name) -> Coro<void> {
      try {
        co_await sem.acquire();
      } catch (const CancelledError&) {
        out.print(name, "cancelled, value:", sem.value());
        throw;
      }
      out.print(name, "acquired, value:", sem.value());
    };
    auto a = create_task(worker("A"));
    auto b = create_task(worker("B"));
    co_await sleep(0);
    sem.release();
    out.print("cancel A ->", a.cancel());
    co_await gather_outcomes(a, b);
    out.print("A cancelled", a.cancelled(), "value", sem.value(), "locked", sem.locked());
  });
}

// The cancellation goes to the awaited inner task, which refuses it: the outer task goes on.
TEST_CASE("ordering: cancelling a task whose awaited task swallows the cancellation") {
  CHECK_TWIN("cancel_inner_suppresses", [](Output& out) -> Coro<void> {
    auto inner = [&out]() -> Coro<std::string> {
      try {
        co_await sleep(10);
      } catch (const CancelledError&) {
        out.print("inner swallows the cancellation");
      }
      co_return "inner value";
    };
    auto i = create_task(inner());
    auto outer = [&]() -> Coro<std::string> {
      std::string value = co_await i;
      out.print("outer got", value);
      co_await sleep(0);
      co_return "outer value";
    };
    auto o = create_task(outer());
    co_await sleep(0);
    out.print("cancel outer ->", o.cancel());
    out.print("result:", co_await o);
    out.print("outer cancelled", o.cancelled(), "cancelling", o.cancelling());
    out.print("inner cancelled", i.cancelled(), "cancelling", i.cancelling());
  });
}

// Awaiting a done future does not suspend, so a pending self-cancellation waits for the next
// real suspension.
TEST_CASE("ordering: a self-cancelled task awaiting a done future is not interrupted") {
  CHECK_TWIN("cancel_self_done_await", [](Output& out) -> Coro<void> {
    auto body = [&out]() -> Coro<void> {
      auto done = get_running_loop().create_future<std::string>();
      done.set_result("ready");
      current_task()->cancel();
      out.print("await done future ->", co_await done);
      try {
        co_await sleep(0);
      } catch (const CancelledError&) {
        out.print("CancelledError at sleep(0)");
        throw;
      }
    };
    auto t = create_task(body());
    try {
      co_await t;
    } catch (const CancelledError&) {
      out.print("await t raised CancelledError");
    }
  });
}

// A coroutine raising CancelledError by itself ends its task cancelled, with no request.
TEST_CASE("ordering: a coroutine raising CancelledError itself") {
  CHECK_TWIN("cancel_raised_by_coroutine", [](Output& out) -> Coro<void> {
    auto body = []() -> Coro<void> {
      co_await sleep(0);
      throw CancelledError("raised by the body");
    };
    auto t = create_task(body());
    try {
      co_await t;
    } catch (const CancelledError& e) {
      out.print("await t raised CancelledError:", e.what());
    }
    out.print("cancelled", t.cancelled(), "cancelling", t.cancelling());
  });
}
