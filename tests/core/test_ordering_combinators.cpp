// CPython-ordering tests of the combinators: gather, wait, wait_for, timeout, as_completed,
// shield. Each scenario's Python twin is twins/comb_*.py.
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "twin.hpp"

using namespace tulip;
using twin::Output;

namespace {

// type(e).__name__ and str(e) of the Python exception a C++ exception stands for.
std::pair<std::string, std::string> py_error(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError& c) {
    return {"CancelledError", c.message().value_or("")};
  } catch (const TimeoutError& x) {
    return {"TimeoutError", x.what()};
  } catch (const std::invalid_argument& x) {
    return {"ValueError", x.what()};
  } catch (const std::runtime_error& x) {
    return {"RuntimeError", x.what()};
  } catch (...) {
    return {"<unknown>", ""};
  }
}

// The items joined by spaces, as print(*items) shows them.
template <class T> std::string join(const std::vector<T>& items) {
  std::string s;
  for (const auto& item : items)
    s += (s.empty() ? "" : " ") + twin::text(item);
  return s;
}

template <class H> std::vector<int> sorted_results(const std::vector<H>& fs) {
  std::vector<int> results;
  for (const auto& f : fs)
    results.push_back(f.result());
  std::sort(results.begin(), results.end());
  return results;
}

template <class H> bool contains(const std::vector<H>& fs, const H& f) {
  return std::find(fs.begin(), fs.end(), f) != fs.end();
}

} // namespace

// --- gather --------------------------------------------------------------------------------------

TEST_CASE("ordering: gather gives results in argument order whatever the completion order") {
  CHECK_TWIN("comb_gather_order", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               auto [a, b, c] =
                   co_await gather(work("a", 0.06, 1), work("b", 0.02, 2), work("c", 0.04, 3));
               out.print("results", a, b, c);
             }));
}

TEST_CASE("ordering: gather of tasks and coroutines mixed") {
  CHECK_TWIN("comb_gather_mixed", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay,
                               std::string value) -> Coro<std::string> {
                 out.print("start", name, current_task()->get_name());
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               auto t1 = create_task(work("t1", 0.04, "T1"));
               auto t2 = create_task(work("t2", 0, "T2"));
               auto [c1, r1, c2, r2] =
                   co_await gather(work("c1", 0.02, "C1"), t1, work("c2", 0, "C2"), t2);
               out.print("results", c1, r1, c2, r2);
             }));
}

TEST_CASE("ordering: gather propagates the first exception while the others keep running") {
  CHECK_TWIN("comb_gather_first_exception", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               auto fail = [&](std::string name, double delay) -> Coro<int> {
                 out.print("start", name);
                 co_await sleep(delay);
                 out.print("raise", name);
                 throw std::invalid_argument("boom " + name);
               };
               auto g = gather(work("slow", 0.06, 1), fail("bad", 0.02), work("mid", 0.04, 3));
               try {
                 co_await g;
               } catch (const std::invalid_argument& e) {
                 out.print("caught ValueError", e.what());
               }
               out.print("gather done", g.done());
               co_await sleep(0.06);
               out.print("end");
             }));
}

TEST_CASE("ordering: gather with return_exceptions collects errors and cancellations in order") {
  CHECK_TWIN("comb_gather_return_exceptions", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               auto fail_value = [&](std::string name, double delay) -> Coro<int> {
                 out.print("start", name);
                 co_await sleep(delay);
                 throw std::invalid_argument("bad value " + name);
               };
               auto fail_runtime = [&](std::string name, double delay) -> Coro<int> {
                 out.print("start", name);
                 co_await sleep(delay);
                 throw std::runtime_error("bad state " + name);
               };
               auto victim = create_task(work("victim", 0.2, 0));
               auto killer = [&]() -> Coro<void> {
                 co_await sleep(0.02);
                 out.print("cancelling victim");
                 victim.cancel("stop");
               };
               auto k = create_task(killer());
               auto results = co_await gather_outcomes(work("ok", 0.06, 7), fail_value("v", 0.04),
                                                       fail_runtime("r", 0.08), victim);
               std::apply(
                   [&](const auto&... r) {
                     auto show = [&](const auto& outcome) {
                       if (outcome.ok()) {
                         out.print("value", outcome.value());
                       } else {
                         auto [type, message] = py_error(outcome.error());
                         out.print("error", type, message);
                       }
                     };
                     (show(r), ...);
                   },
                   results);
               co_await k;
             }));
}

TEST_CASE("ordering: gather raises CancelledError when a child is cancelled") {
  CHECK_TWIN("comb_gather_child_cancelled", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto a = create_task(work("a", 0.06, 1));
               auto b = create_task(work("b", 0.06, 2));
               auto g = gather(a, b);
               co_await sleep(0.02);
               a.cancel();
               try {
                 co_await g;
               } catch (const CancelledError&) {
                 out.print("gather raised CancelledError");
               }
               out.print("g done", g.done(), "g cancelled", g.cancelled(), "a cancelled",
                         a.cancelled(), "b done", b.done());
               int rb = co_await b;
               out.print("b result", rb);
             }));
}

TEST_CASE("ordering: cancelling gather cancels each child") {
  CHECK_TWIN("comb_gather_cancel", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto g = gather(work("a", 0.1, 1), work("b", 0.12, 2), work("c", 0.14, 3));
               co_await sleep(0.02);
               out.print("cancel returns", g.cancel());
               try {
                 co_await g;
               } catch (const CancelledError&) {
                 out.print("gather raised CancelledError");
               }
               out.print("g done", g.done(), "g cancelled", g.cancelled());
             }));
}

TEST_CASE("ordering: cancelling gather with return_exceptions still raises CancelledError") {
  CHECK_TWIN("comb_gather_cancel_return_exceptions", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto stubborn = [&](std::string name) -> Coro<int> {
                 out.print("start", name);
                 try {
                   co_await sleep(0.2);
                 } catch (const CancelledError&) {
                   out.print("suppressed", name);
                   co_return -1;
                 }
                 co_return 0;
               };
               auto g = gather_outcomes(work("a", 0.1, 1), stubborn("s"), work("c", 0.14, 3));
               co_await sleep(0.02);
               out.print("cancel returns", g.cancel());
               try {
                 co_await g;
                 out.print("results");
               } catch (const CancelledError&) {
                 out.print("gather raised CancelledError");
               }
               out.print("g done", g.done(), "g cancelled", g.cancelled());
             }));
}

TEST_CASE("ordering: gather of nothing is done at once with no results") {
  CHECK_TWIN("comb_gather_empty", ([](Output& out) -> Coro<void> {
               auto g = gather(std::vector<Coro<int>>{});
               out.print("done at once", g.done());
               auto r = co_await g;
               out.print("result count", r.size());
             }));
}

TEST_CASE("ordering: gather of a vector gives results in vector order") {
  CHECK_TWIN("comb_gather_vector", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               std::vector<double> delays{0.08, 0.02, 0.06, 0, 0.04};
               std::vector<Coro<int>> coros;
               for (std::size_t i = 0; i < delays.size(); ++i)
                 coros.push_back(
                     work("w" + std::to_string(i), delays[i], static_cast<int>(i) * 10));
               auto results = co_await gather(std::move(coros));
               out.print("results", join(results));
             }));
}

TEST_CASE("ordering: gather of the same task twice") {
  CHECK_TWIN("comb_gather_duplicate", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               auto t = create_task(work("t", 0.02, 8));
               auto [x, y, z] = co_await gather(t, work("c", 0, 1), t);
               out.print("results", x, y, z);
             }));
}

// --- wait ----------------------------------------------------------------------------------------

TEST_CASE("ordering: wait ALL_COMPLETED returns once every task is done") {
  CHECK_TWIN("comb_wait_all", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               std::vector<Task<int>> tasks;
               tasks.push_back(create_task(work("a", 0.04, 1)));
               tasks.push_back(create_task(work("b", 0.02, 2)));
               tasks.push_back(create_task(work("c", 0.06, 3)));
               auto w = co_await wait(tasks);
               out.print("done", w.done.size(), "pending", w.pending.size());
               out.print("results", join(sorted_results(w.done)));
             }));
}

TEST_CASE("ordering: wait FIRST_COMPLETED loop (seed 003)") {
  CHECK_TWIN("comb_wait_first_completed", ([](Output& out) -> Coro<void> {
               auto sleepy = [&](int n) -> Coro<int> {
                 co_await sleep(n * 0.02);
                 out.print("sleepy", n, "woke");
                 co_return n;
               };
               std::vector<Task<int>> pending;
               pending.push_back(create_task(sleepy(3)));
               pending.push_back(create_task(sleepy(1)));
               pending.push_back(create_task(sleepy(2)));
               while (!pending.empty()) {
                 auto w = co_await wait(pending, ReturnWhen::first_completed);
                 out.print("done", join(sorted_results(w.done)), "pending", w.pending.size());
                 pending = w.pending;
               }
             }));
}

TEST_CASE("ordering: wait FIRST_EXCEPTION returns at the first task that raises") {
  CHECK_TWIN(
      "comb_wait_first_exception", ([](Output& out) -> Coro<void> {
        auto work = [&](std::string name, double delay, int value) -> Coro<int> {
          try {
            co_await sleep(delay);
          } catch (const CancelledError&) {
            out.print("cancelled", name);
            throw;
          }
          out.print("finish", name);
          co_return value;
        };
        auto fail = [&](std::string name, double delay) -> Coro<int> {
          co_await sleep(delay);
          out.print("raise", name);
          throw std::invalid_argument("boom " + name);
        };
        auto a = create_task(work("a", 0.02, 1));
        auto b = create_task(fail("b", 0.04));
        auto c = create_task(work("c", 0.1, 3));
        std::vector<Task<int>> fs{a, b, c}; // not inside the co_await: g++ rejects the array there
        auto w = co_await wait(fs, ReturnWhen::first_exception);
        out.print("done", w.done.size(), "pending", w.pending.size());
        out.print("a done", contains(w.done, a), "b done", contains(w.done, b), "c pending",
                  contains(w.pending, c));
        auto [type, message] = py_error(b.exception());
        out.print("b exception", type, message);
        c.cancel();
        try {
          co_await c;
        } catch (const CancelledError&) {
          out.print("c cancelled", c.cancelled());
        }
      }));
}

TEST_CASE("ordering: wait with a timeout leaves the slow tasks pending") {
  CHECK_TWIN("comb_wait_timeout", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               auto a = create_task(work("a", 0.02, 1));
               auto b = create_task(work("b", 0.06, 2));
               auto c = create_task(work("c", 0.08, 3));
               std::vector<Task<int>> fs{a, b, c};
               auto w = co_await wait(fs, ReturnWhen::all_completed, 0.04);
               out.print("done", w.done.size(), "pending", w.pending.size());
               out.print("done results", join(sorted_results(w.done)));
               std::vector<std::string> names;
               for (auto& t : w.pending)
                 names.push_back(t.get_name());
               std::sort(names.begin(), names.end());
               out.print("pending names", join(names));
               int rb = co_await b;
               int rc = co_await c;
               out.print("results", rb, rc);
             }));
}

TEST_CASE("ordering: wait's timeout does not cancel the pending tasks") {
  CHECK_TWIN("comb_wait_timeout_no_cancel", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto t = create_task(work("t", 0.06, 5));
               std::vector<Task<int>> fs{t};
               auto w = co_await wait(fs, ReturnWhen::all_completed, 0.02);
               out.print("after wait: done", w.done.size(), "pending", w.pending.size());
               out.print("t done", t.done(), "t cancelled", t.cancelled());
               int r = co_await t;
               out.print("t result", r);
             }));
}

// --- wait_for ------------------------------------------------------------------------------------

TEST_CASE("ordering: wait_for completes in time") {
  CHECK_TWIN("comb_wait_for_in_time", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               int r = co_await wait_for(work("coro", 0.02, 5), 0.1);
               out.print("result", r);
               auto t = create_task(work("task", 0.02, 6));
               int r2 = co_await wait_for(t, 0.1);
               out.print("result", r2);
               out.print("task done", t.done());
             }));
}

TEST_CASE("ordering: wait_for times out, cancelling the inner task") {
  CHECK_TWIN("comb_wait_for_timeout", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto inner = create_task(work("inner", 0.2, 1));
               try {
                 co_await wait_for(inner, 0.02);
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
               out.print("inner done", inner.done(), "inner cancelled", inner.cancelled());
               try {
                 co_await wait_for(work("coro", 0.2, 2), 0.02);
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
             }));
}

TEST_CASE("ordering: wait_for returns the result of an inner task that suppresses cancellation") {
  CHECK_TWIN("comb_wait_for_suppress", ([](Output& out) -> Coro<void> {
               auto stubborn = [&]() -> Coro<std::string> {
                 bool cancelled = false;
                 try {
                   co_await sleep(0.2);
                 } catch (const CancelledError&) {
                   cancelled = true;
                 }
                 if (cancelled) {
                   out.print("stubborn suppresses the cancellation");
                   co_await sleep(0.04);
                   out.print("stubborn returns");
                   co_return "kept";
                 }
                 co_return "finished";
               };
               auto ticker = [&]() -> Coro<void> {
                 co_await sleep(0.04);
                 out.print("tick");
               };
               auto tick = create_task(ticker());
               auto t = create_task(stubborn());
               std::string r = co_await wait_for(t, 0.02);
               out.print("wait_for returned", r);
               out.print("t cancelled", t.cancelled());
               co_await tick;
             }));
}

TEST_CASE("ordering: wait_for with no timeout") {
  CHECK_TWIN("comb_wait_for_none", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               int r = co_await wait_for(work("coro", 0.02, 9), std::nullopt);
               out.print("result", r);
               auto t = create_task(work("task", 0.04, 10));
               int r2 = co_await wait_for(t, std::nullopt);
               out.print("result", r2);
             }));
}

TEST_CASE("ordering: wait_for with timeout 0 on a done and on a pending task") {
  CHECK_TWIN("comb_wait_for_zero", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 out.print("start", name);
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto d = create_task(work("d", 0, 1));
               co_await sleep(0.02);
               out.print("d done", d.done());
               int r = co_await wait_for(d, 0.0);
               out.print("result", r);

               auto fresh = create_task(work("fresh", 0.04, 2));
               try {
                 co_await wait_for(fresh, 0.0);
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
               out.print("fresh cancelled", fresh.cancelled());

               auto started = create_task(work("started", 0.04, 3));
               co_await sleep(0);
               try {
                 co_await wait_for(started, 0.0);
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
               out.print("started cancelled", started.cancelled());
             }));
}

TEST_CASE("ordering: cancelling the task in wait_for cancels the inner task too") {
  CHECK_TWIN("comb_wait_for_outer_cancelled", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto inner = create_task(work("inner", 0.2, 1));
               auto runner = [&]() -> Coro<void> {
                 try {
                   co_await wait_for(inner, 0.1);
                 } catch (const CancelledError&) {
                   out.print("runner cancelled, inner done", inner.done());
                   throw;
                 } catch (const TimeoutError&) {
                   out.print("TimeoutError");
                 }
               };
               auto r = create_task(runner());
               co_await sleep(0.02);
               r.cancel();
               try {
                 co_await r;
               } catch (const CancelledError&) {
                 out.print("r cancelled", r.cancelled(), "inner cancelled", inner.cancelled());
               }
             }));
}

// --- timeout() -----------------------------------------------------------------------------------

TEST_CASE("ordering: timeout scope expires into TimeoutError") {
  CHECK_TWIN("comb_timeout_expires", ([](Output& out) -> Coro<void> {
               auto body = [&]() -> Coro<void> {
                 out.print("body start");
                 try {
                   co_await sleep(0.1);
                 } catch (const CancelledError&) {
                   out.print("body cancelled");
                   throw;
                 }
                 out.print("body end");
               };
               try {
                 co_await timeout(0.02, body());
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
               out.print("cancelling", current_task()->cancelling());
             }));
}

TEST_CASE("ordering: timeout scope that does not expire") {
  CHECK_TWIN("comb_timeout_not_expired", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               Loop& loop = get_running_loop();
               Timeout cm(loop.time() + 0.06);
               int r = co_await cm.run(work("w", 0.02, 4));
               out.print("result", r, "expired", cm.expired());
               int r2 = co_await timeout(0.06, work("v", 0.02, 5));
               out.print("result", r2);
               out.print("cancelling", current_task()->cancelling());
             }));
}

TEST_CASE("ordering: nested timeouts, the inner one expires") {
  CHECK_TWIN("comb_timeout_nested", ([](Output& out) -> Coro<void> {
               Loop& loop = get_running_loop();
               Timeout outer(loop.time() + 0.1);
               auto outer_body = [&]() -> Coro<void> {
                 Timeout inner(loop.time() + 0.02);
                 auto inner_body = [&]() -> Coro<void> {
                   co_await sleep(0.06);
                   out.print("not reached");
                 };
                 try {
                   co_await inner.run(inner_body());
                 } catch (const TimeoutError&) {
                   out.print("inner TimeoutError");
                 }
                 out.print("inner expired", inner.expired(), "outer expired", outer.expired());
                 co_await sleep(0.02);
                 out.print("outer body done");
               };
               co_await outer.run(outer_body());
               out.print("outer expired", outer.expired());
               out.print("cancelling", current_task()->cancelling());
             }));
}

TEST_CASE("ordering: nested timeouts, the outer one expires") {
  CHECK_TWIN("comb_timeout_nested_outer", ([](Output& out) -> Coro<void> {
               Loop& loop = get_running_loop();
               Timeout outer(loop.time() + 0.02);
               auto outer_body = [&]() -> Coro<void> {
                 Timeout inner(loop.time() + 0.1);
                 auto inner_body = []() -> Coro<void> { co_await sleep(0.2); };
                 try {
                   co_await inner.run(inner_body());
                 } catch (const CancelledError&) {
                   out.print("inner scope let CancelledError through");
                   out.print("inner expired", inner.expired());
                   throw;
                 }
                 out.print("inner expired", inner.expired());
               };
               try {
                 co_await outer.run(outer_body());
               } catch (const TimeoutError&) {
                 out.print("outer TimeoutError");
               }
               out.print("outer expired", outer.expired());
               out.print("cancelling", current_task()->cancelling());
             }));
}

TEST_CASE("ordering: Timeout.reschedule moves the deadline") {
  CHECK_TWIN("comb_timeout_reschedule", ([](Output& out) -> Coro<void> {
               Loop& loop = get_running_loop();
               Timeout cm(loop.time() + 0.02);
               auto body1 = [&]() -> Coro<void> {
                 cm.reschedule(loop.time() + 0.06);
                 co_await sleep(0.04);
                 out.print("survived past the first deadline");
               };
               co_await cm.run(body1());
               out.print("expired", cm.expired());

               Timeout cm2(std::nullopt);
               auto body2 = [&]() -> Coro<void> {
                 out.print("when is None", !cm2.when().has_value());
                 cm2.reschedule(loop.time() + 0.02);
                 co_await sleep(0.06);
                 out.print("not reached");
               };
               try {
                 co_await cm2.run(body2());
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
               out.print("expired", cm2.expired());

               Timeout cm3(loop.time() + 0.1);
               auto body3 = [&]() -> Coro<void> {
                 cm3.reschedule(loop.time() - 1);
                 out.print("rescheduled into the past");
                 co_await sleep(0.02);
                 out.print("not reached");
               };
               try {
                 co_await cm3.run(body3());
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
               out.print("expired", cm3.expired());
             }));
}

TEST_CASE("ordering: Timeout.reschedule outside the scope raises RuntimeError") {
  CHECK_TWIN("comb_timeout_reschedule_errors", ([](Output& out) -> Coro<void> {
               Loop& loop = get_running_loop();
               auto yield_once = []() -> Coro<void> { co_await sleep(0); };
               auto nap = []() -> Coro<void> { co_await sleep(0.02); };
               Timeout cm(loop.time() + 1);
               try {
                 cm.reschedule(std::nullopt);
               } catch (const std::runtime_error& e) {
                 out.print("RuntimeError", e.what());
               }
               co_await cm.run(yield_once());
               try {
                 cm.reschedule(std::nullopt);
               } catch (const std::runtime_error& e) {
                 out.print("RuntimeError", e.what());
               }
               Timeout cm2(loop.time() + 0);
               try {
                 co_await cm2.run(nap());
               } catch (const TimeoutError&) {
                 out.print("TimeoutError");
               }
               try {
                 cm2.reschedule(std::nullopt);
               } catch (const std::runtime_error& e) {
                 out.print("RuntimeError", e.what());
               }
             }));
}

TEST_CASE("ordering: an expired timeout scope whose body swallows the cancellation") {
  CHECK_TWIN("comb_timeout_swallowed", ([](Output& out) -> Coro<void> {
               Loop& loop = get_running_loop();
               Timeout cm(loop.time() + 0.02);
               auto body = [&]() -> Coro<void> {
                 try {
                   co_await sleep(0.1);
                 } catch (const CancelledError&) {
                   out.print("body swallowed the cancellation");
                 }
               };
               co_await cm.run(body());
               out.print("no TimeoutError, expired", cm.expired());
               out.print("cancelling", current_task()->cancelling());
               co_await sleep(0);
               out.print("still running");
             }));
}

// --- as_completed --------------------------------------------------------------------------------

TEST_CASE("ordering: as_completed gives results in completion order") {
  CHECK_TWIN("comb_as_completed_order", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("finish", name);
                 co_return value;
               };
               std::vector<Coro<int>> coros;
               coros.push_back(work("a", 0.06, 1));
               coros.push_back(work("b", 0.02, 2));
               coros.push_back(work("c", 0.04, 3));
               auto fs = as_completed(std::move(coros));
               for (auto& f : fs) {
                 int r = co_await std::move(f);
                 out.print("got", r);
               }
             }));
}

TEST_CASE("ordering: as_completed with a timeout raises TimeoutError for the rest") {
  CHECK_TWIN("comb_as_completed_timeout", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto a = create_task(work("a", 0.02, 1));
               auto b = create_task(work("b", 0.06, 2));
               auto c = create_task(work("c", 0.1, 3));
               auto fs = as_completed(std::vector{a, b, c}, 0.04);
               for (auto& f : fs) {
                 try {
                   int r = co_await std::move(f);
                   out.print("got", r);
                 } catch (const TimeoutError&) {
                   out.print("TimeoutError");
                 }
               }
               out.print("b done", b.done(), "c done", c.done());
               b.cancel();
               c.cancel();
               co_await gather_outcomes(b, c);
               out.print("b cancelled", b.cancelled(), "c cancelled", c.cancelled());
             }));
}

// --- shield --------------------------------------------------------------------------------------

TEST_CASE("ordering: shield keeps the inner task running when the outer side is cancelled") {
  CHECK_TWIN("comb_shield_outer_cancelled", ([](Output& out) -> Coro<void> {
               auto work = [&](std::string name, double delay, int value) -> Coro<int> {
                 try {
                   co_await sleep(delay);
                 } catch (const CancelledError&) {
                   out.print("cancelled", name);
                   throw;
                 }
                 out.print("finish", name);
                 co_return value;
               };
               auto inner = create_task(work("inner", 0.04, 42));
               auto guard = [&]() -> Coro<void> {
                 try {
                   int r = co_await shield(inner);
                   out.print("guard got", r);
                 } catch (const CancelledError&) {
                   out.print("guard cancelled");
                   throw;
                 }
               };
               auto g = create_task(guard());
               co_await sleep(0.02);
               g.cancel();
               try {
                 co_await g;
               } catch (const CancelledError&) {
                 out.print("g cancelled", g.cancelled());
               }
               out.print("inner done", inner.done(), "inner cancelled", inner.cancelled());
               int r = co_await inner;
               out.print("inner result", r);

               auto inner2 = create_task(work("inner2", 0.02, 43));
               auto outer = shield(inner2);
               out.print("outer cancel", outer.cancel());
               co_await sleep(0);
               out.print("outer cancelled", outer.cancelled(), "inner2 cancelled",
                         inner2.cancelled());
               int r2 = co_await inner2;
               out.print("inner2 result", r2);
             }));
}

TEST_CASE("ordering: shield propagates the inner exception") {
  CHECK_TWIN("comb_shield_inner_exception", ([](Output& out) -> Coro<void> {
               auto fail = [&](std::string name, double delay) -> Coro<int> {
                 co_await sleep(delay);
                 out.print("raise", name);
                 throw std::invalid_argument("boom " + name);
               };
               auto inner = create_task(fail("task", 0.02));
               try {
                 co_await shield(inner);
               } catch (const std::invalid_argument& e) {
                 out.print("caught ValueError", e.what());
               }
               out.print("inner done", inner.done());
               try {
                 co_await shield(fail("coro", 0.02));
               } catch (const std::invalid_argument& e) {
                 out.print("caught ValueError", e.what());
               }
             }));
}

TEST_CASE("ordering: shield of a task that is done already") {
  CHECK_TWIN("comb_shield_done", ([](Output& out) -> Coro<void> {
               auto value = [](int v) -> Coro<int> { co_return v; };
               auto boom = []() -> Coro<int> {
                 throw std::invalid_argument("done boom");
                 co_return 0;
               };
               auto t = create_task(value(3));
               auto e = create_task(boom());
               co_await sleep(0);
               out.print("t done", t.done(), "e done", e.done());
               int r = co_await shield(t);
               out.print("shielded", r);
               try {
                 co_await shield(e);
               } catch (const std::invalid_argument& x) {
                 out.print("caught ValueError", x.what());
               }
             }));
}
