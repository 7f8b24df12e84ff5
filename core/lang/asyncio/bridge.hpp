// The bridge between the scenario language and the core scheduler: script values held by C++
// (Held), Python exceptions crossing core code (ScriptError) and back, the handle the core's
// combinators take for a script future or task (ScriptFuture), and the host objects that give
// Python the core's loops, futures, tasks, queues and locks.
#pragma once
#include <exception>
#include <memory>
#include <optional>
#include <string>

#include "lang/object.hpp"
#include "lang/runtime.hpp"
#include "tulip/tulip.hpp"

namespace tulip::lang::aio {

// A script value kept by C++ code (a future's result, a queue's item, a coroutine frame of the
// core): a root of the collector for as long as it exists.
class Held {
public:
  Held() noexcept { link(); }
  Held(Value v) noexcept : v_(v) { link(); } // NOLINT: implicit, as a value
  Held(const Held& o) noexcept : v_(o.v_) { link(); }
  Held& operator=(const Held& o) noexcept {
    v_ = o.v_;
    return *this;
  }
  ~Held() { unlink(); }
  const Value& get() const noexcept { return v_; }
  static void mark_all(lang::Heap& heap);

private:
  void link() noexcept;
  void unlink() noexcept;
  Value v_;
  Held* prev_ = nullptr;
  Held* next_ = nullptr;
};

// A Python exception travelling through core code (as a task's or future's exception).
struct ScriptError {
  Held exc;
};
// A Python CancelledError that ended a task: a core CancelledError that keeps the object.
struct ScriptCancelled : CancelledError {
  ScriptCancelled(CancelMessage msg, Value exc) : CancelledError(std::move(msg)), exc(exc) {}
  Held exc;
};

// The binding's types: its host types, and the asyncio exception classes the Python layer
// defines (set once by asyncio's import). Roots of the collector.
struct BindingTypes {
  TypeObj *future = nullptr, *task = nullptr, *gathering = nullptr, *await_ = nullptr,
          *future_iter = nullptr, *loop = nullptr, *handle = nullptr, *timer_handle = nullptr,
          *queue = nullptr, *lock = nullptr, *event = nullptr, *condition = nullptr,
          *semaphore = nullptr, *barrier = nullptr, *timeout = nullptr, *reader = nullptr,
          *writer = nullptr, *server = nullptr;
  Held cancelled, invalid_state, queue_empty, queue_full, broken_barrier, incomplete_read,
      limit_overrun;
  Held get_event_loop; // asyncio's get_event_loop(): the loop of Future() without loop=
};
BindingTypes& types();
// repr() of a result or exception without running script code (reprs made during collection).
std::string safe_repr(const Value& v);

// A core exception (the one in flight in a catch block, or stored) as the Python exception.
ExcObj* to_python(std::exception_ptr e);
ExcObj* current_to_python();
ExcObj* cancelled_error(const CancelMessage& msg);
// Runs `f` (which calls Python) so that a Python exception leaves it as ScriptError.
template <class F> decltype(auto) from_core(F&& f) {
  try {
    return f();
  } catch (PyError& e) {
    throw ScriptError{V(e.exc)};
  }
}
// Runs `f` (which calls core code) so that a core exception leaves it as a Python exception.
template <class F> decltype(auto) to_script(F&& f) {
  try {
    return f();
  } catch (PyError&) {
    throw;
  } catch (...) {
    throw PyError{current_to_python()};
  }
}

// ---- host objects -------------------------------------------------------------------------------
class ScriptTask;

// A script's event loop: the core Loop, and the Python loop object that owns it (weakly).
struct LoopObj : HostObj {
  std::unique_ptr<Loop> loop;
  void trace(Heap&) override {}
  ~LoopObj() override;
};
LoopObj* loop_of(const Value& v); // TypeError unless a core loop

// asyncio.Future and asyncio.Task (and gather's _GatheringFuture): a core future or task.
struct FutureObj : HostObj {
  Ref<FutureBase> fut;
  Value loop_owner; // the Python loop object (what get_loop() returns)
  Value callbacks;  // list of (callback, id) pairs for remove_done_callback
  int64_t hash = 0; // creation order: sets of futures iterate as CPython's usually do
  void trace(Heap& heap) override;
  ~FutureObj() override;
};

// The handle the core's combinators (gather, wait, wait_for, shield, as_completed) take: a
// script future or task; results are script values.
class ScriptFuture {
public:
  ScriptFuture() = default;
  explicit ScriptFuture(Ref<FutureBase> f) : impl_(std::move(f)) {}
  bool done() const noexcept { return impl_->done(); }
  bool cancelled() const noexcept { return impl_->cancelled(); }
  bool cancel(CancelMessage msg = std::nullopt) const { return impl_->cancel(std::move(msg)); }
  std::exception_ptr exception() const { return impl_->exception(); }
  Held result() const;
  Loop& get_loop() const noexcept { return impl_->loop(); }
  FutureBase* impl() const noexcept { return impl_.get(); }
  friend bool operator==(const ScriptFuture& a, const ScriptFuture& b) noexcept {
    return a.impl_ == b.impl_;
  }
  auto operator co_await() const noexcept {
    struct Awaiter : detail::FutureWait {
      ScriptFuture f;
      explicit Awaiter(ScriptFuture fut) noexcept : FutureWait(*fut.impl()), f(std::move(fut)) {}
      Held await_resume() {
        check_resume();
        return f.result();
      }
    };
    return Awaiter(*this);
  }

private:
  Ref<FutureBase> impl_;
};

// A plain script future: the core's future of a script value.
using ValueFuture = FutureImpl<Held>;

// What a script task or future is in Python: a FutureObj (TypeError otherwise).
FutureObj* future_obj(const Value& v);
bool is_future(const Value& v);
// The Python object of a core future or task (made on demand for C++-created ones).
Value future_value(FutureBase* f, Value loop_owner);
// ensure_future: a coroutine becomes a task on the running loop; futures and tasks stay.
ScriptFuture ensure_future(const Value& v, Value loop_owner);

// A core coroutine a script awaits (sleep, Queue.get, Lock.acquire, wait, ...): the task that
// awaits it runs it in its own trampoline until it completes, then sends its result in.
struct AwaitObj : HostObj {
  Coro<Held> coro;
  Held keep;     // what the coroutine works on (a queue, a lock) stays alive meanwhile
  int state = 0; // 0 new, 1 yielded to the task, 2 done
  const char* name = "awaitable";
  void trace(Heap&) override {}
  bool iter_send(const Value& sent, Value& out, bool* returned) override;
};
Value make_await(Coro<Held> coro, Value keep, const char* name);

// The core loop the running script task or run_until_complete belongs to.
LoopObj* running_loop_obj();

void flush_reports(); // prints what the exception handler reported during a collection
void init_futures(DictObj* module);
void init_tasks(DictObj* module);
void init_events(DictObj* module);
void init_queues(DictObj* module);
void init_locks(DictObj* module);
void init_streams(DictObj* module);
TypeObj* host_type(const char* name, const char* module);

} // namespace tulip::lang::aio
