// ScriptTask: a core Task that drives a script coroutine step by step, as CPython's Task.__step
// does: send(None) or throw(exc); a yielded Future parks the task on it (its done callback wakes
// the task); a yielded core awaitable (sleep, Queue.get, Lock.acquire, wait, ...) runs in the
// task's trampoline until it completes; a bare yield gives up one loop iteration.
#pragma once
#include <string>

#include "lang/asyncio/bridge.hpp"

namespace tulip::lang::aio {

class ScriptTask final : public WithResult<Held, TaskBase> {
public:
  ScriptTask(Loop& loop, Value coro, Value loop_owner, std::string_view name);
  ~ScriptTask() override;

  std::string repr() const override;
  Value coro() const { return coro_.get(); }
  Value loop_owner() const { return loop_owner_.get(); }
  // The Python object of this task (null while none is alive).
  FutureObj* wrapper = nullptr;
  // The script's file and line where the coroutine is (for reprs and the trace).
  std::string coro_location() const;
  std::string coro_name() const;
  // The coroutine's qualified name ("spin", "Worker.run") and where it is defined ("file:line").
  std::string coro_qualname() const;
  const std::string& defined_at() const noexcept { return defined_at_; }
  // Where the task awaits: the innermost script coroutine of its await chain ("file:line"),
  // with that coroutine's qualified name in `function` if given.
  std::string await_location(std::string* function = nullptr) const;
  // What the task awaits while it runs a core awaitable or parks on a gathering future: the
  // awaitable's name ("sleep", "Queue.get", "wait_for", "gather", ...); empty when it parks on
  // a plain future or task, or runs its own code. The trace describes suspensions with it.
  std::string_view awaiting() const noexcept { return awaiting_ ? awaiting_ : ""; }
  // The future or task the await is about (the one it parks on, wait_for's), or null; valid
  // while the task awaits.
  const FutureBase* awaiting_target() const noexcept { return awaiting_target_; }
  // The result as a script value (the task must be finished with one).
  Value result_value() const { return slot_.get().get(); }

protected:
  void run_step() override;
  void abandon() noexcept override { drop_native(); }

private:
  struct Wakeup : Callback {
    explicit Wakeup(ScriptTask* t) : Callback(&wake), task(t) {}
    static void wake(Callback* self, bool run);
    ScriptTask* task;
  };
  bool resume_native();
  void take_native_outcome(Value& send, ExcObj*& thrown);
  void drop_native() noexcept;
  void finish_with(ExcObj* exc);
  // Tells the trace when the exception thrown into the coroutine is a cancellation.
  void trace_thrown(ExcObj* thrown);

  Held coro_;
  Held loop_owner_;
  Held native_keep_;
  Held sent_; // what the finished core awaitable gives the coroutine
  co::coroutine_handle<> native_top_;
  co::coroutine_handle<> native_leaf_;
  const char* awaiting_ = nullptr;
  const FutureBase* awaiting_target_ = nullptr;
  Wakeup wakeup_{this};
  std::string defined_at_; // "file:line" of the coroutine's definition
};

// The result of a finished script future or task.
Value result_value(FutureBase& f);

} // namespace tulip::lang::aio
