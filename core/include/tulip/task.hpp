// Task<T>: a coroutine scheduled on the loop, and a Future of its result (CPython's asyncio.Task).
// Its first step is scheduled with call_soon; each step resumes the coroutine until it parks on
// a future or a waiter, or yields for one iteration. cancel() cancels what the task awaits or,
// when it awaits nothing, throws CancelledError at its next step; the coroutine can catch it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tulip/coro.hpp"
#include "tulip/future.hpp"
#include "tulip/loop.hpp"
#include "tulip/waiter.hpp"

namespace tulip {

class TaskBase : public FutureBase {
public:
  TaskBase(Loop& loop, std::string_view name);
  ~TaskBase() override;

  bool is_task() const noexcept override { return true; }
  bool cancel(CancelMessage msg = std::nullopt) override;
  // The 3.11 count of cancellation requests (asyncio.timeout() relies on it).
  int cancelling() const noexcept { return num_cancels_requested_; }
  int uncancel() noexcept;
  std::uint64_t id() const noexcept { return id_; }
  std::string get_name() const;
  void set_name(std::string name);
  std::string repr() const override;

  // What awaiting does to the task (the awaiters call these):
  // parks it on a future (CPython: add_done_callback(__wakeup), _fut_waiter = future) ...
  void park_on(FutureBase& future, Callback& wakeup);
  // ... or on a waiter ...
  void park_on(Waiter& waiter);
  // ... or yields for one loop iteration (a bare `yield`: sleep(0)).
  void yield_once();
  // Whether this step must raise CancelledError (CPython: _must_cancel at __step); consumes it.
  bool take_cancel_request() noexcept { return std::exchange(throw_cancel_, false); }
  // The CancelledError of a requested cancellation.
  CancelledError cancel_request_error() const;
  bool must_cancel() const noexcept { return must_cancel_; }
  // What the task waits for now: whether it is parked, and the future when that is one.
  bool parked() const noexcept { return waiting_ != 0; }
  FutureBase* awaited_future() const noexcept { return fut_waiter(); }

  // Task.__step; the ready queue runs it.
  void step();
  static void step_thunk(void* task, bool run);

  // Sets up a new task: the loop keeps it and its first step is scheduled.
  void start();

protected:
  // Resumes the coroutine for one step.
  virtual void run_step() = 0;
  // Destroys the coroutine of a task the loop drops while it is pending.
  virtual void abandon() noexcept = 0;
  // When the coroutine returns: a cancellation requested meanwhile wins (CPython); true if so.
  bool end_if_cancel_requested();
  void end_with_result() { finish_result(); }
  void end_with_exception(std::exception_ptr e);
  // Whether the coroutine had its first step (one cancelled before that never runs).
  bool started_ = false;

private:
  friend class Loop;
  friend class Waiter;

  CancelMessage must_cancel_message() const {
    auto* x = extras_if_any();
    return x ? x->task_cancel_message : std::nullopt;
  }
  // What the task is parked on (CPython's _fut_waiter): a future, or a Waiter (low bit set).
  FutureBase* fut_waiter() const noexcept {
    return waiting_ & 1 ? nullptr : reinterpret_cast<FutureBase*>(waiting_);
  }
  Waiter* waiter() const noexcept {
    return waiting_ & 1 ? reinterpret_cast<Waiter*>(waiting_ & ~std::uintptr_t(1)) : nullptr;
  }

  std::uintptr_t waiting_ = 0;
  std::uint64_t id_;
  std::int32_t num_cancels_requested_ = 0;
  bool must_cancel_ = false;
  bool throw_cancel_ = false;
};

// Inline here, where TaskBase is complete: these run for every wait on a queue or a lock.

inline void TaskBase::park_on(Waiter& waiter) {
  waiting_ = reinterpret_cast<std::uintptr_t>(&waiter) | 1;
  if (must_cancel_ && waiter.cancel(must_cancel_message()))
    must_cancel_ = false;
}

inline void Waiter::park() {
  state_ = State::pending;
  task_ = detail::running.task;
  task_->park_on(*this);
}

inline void Waiter::repark() noexcept {
  state_ = State::pending;
  task_->waiting_ = reinterpret_cast<std::uintptr_t>(this) | 1;
}

inline bool Waiter::set_result() {
  if (state_ != State::pending)
    return false;
  state_ = State::done;
  task_->loop().schedule({&wake, this});
  return true;
}

inline bool Waiter::cancel(CancelMessage msg) {
  if (state_ != State::pending)
    return false;
  state_ = State::cancelled;
  if (msg || task_->extras_if_any())
    task_->extras().waiter_message = std::move(msg);
  task_->loop().schedule({&wake, this});
  return true;
}

inline std::optional<CancelledError> Waiter::interruption() {
  bool cancel_requested = task_->take_cancel_request();
  if (state_ == State::cancelled)
    return CancelledError(task_->extras_if_any() ? task_->extras_if_any()->waiter_message
                                                 : std::nullopt);
  if (cancel_requested)
    return task_->cancel_request_error();
  return std::nullopt;
}

// A task running a C++ coroutine, resumed through the trampoline.
class CoroTaskBase : public TaskBase {
public:
  CoroTaskBase(Loop& loop, co::coroutine_handle<> top, std::string_view name)
      : TaskBase(loop, name), top_(top), leaf_(top) {}
  ~CoroTaskBase() override { destroy_frame(); }

protected:
  void run_step() final;
  void abandon() noexcept final { destroy_frame(); }
  // The top coroutine finished: take its result or exception, destroy the frame, end the task.
  virtual void complete() = 0;
  void destroy_frame() noexcept {
    if (top_)
      std::exchange(top_, {}).destroy();
  }
  co::coroutine_handle<> top_;
  co::coroutine_handle<> leaf_; // the innermost suspended coroutine
};

template <class T> class TaskImpl final : public WithResult<T, CoroTaskBase> {
public:
  TaskImpl(Loop& loop, typename Coro<T>::handle_type h, std::string_view name)
      : WithResult<T, CoroTaskBase>(loop, h, name) {}

private:
  void complete() override {
    auto& promise = Coro<T>::handle_type::from_address(this->top_.address()).promise();
    if (promise.exception) {
      std::exception_ptr e = promise.exception;
      this->destroy_frame();
      this->end_with_exception(std::move(e));
    } else if (this->end_if_cancel_requested()) {
      this->destroy_frame();
    } else {
      if constexpr (std::is_void_v<T>)
        this->slot_.set();
      else
        this->slot_.set(std::move(*promise.value));
      this->destroy_frame();
      this->end_with_result();
    }
  }
};

template <class T = void> class Task : public detail::FutureHandle<TaskImpl<T>, Task<T>> {
public:
  using detail::FutureHandle<TaskImpl<T>, Task<T>>::FutureHandle;
  std::string get_name() const { return this->impl_->get_name(); }
  void set_name(std::string name) const { this->impl_->set_name(std::move(name)); }
  int cancelling() const noexcept { return this->impl_->cancelling(); }
  int uncancel() const noexcept { return this->impl_->uncancel(); }
  std::uint64_t id() const noexcept { return this->impl_->id(); }
};

template <class T> Task<T> Loop::create_task(Coro<T> coro, std::string_view name) {
  check_open();
  Task<T> task(Ref<TaskImpl<T>>(new TaskImpl<T>(*this, coro.release(), name)));
  task.impl()->start();
  return task;
}

// asyncio.create_task: on the running loop.
template <class T> Task<T> create_task(Coro<T> coro, std::string_view name = {}) {
  return get_running_loop().create_task(std::move(coro), name);
}

template <class T> T Loop::run_until_complete(Task<T> task) {
  run_until_done(*task.impl());
  return task.result();
}
template <class T> T Loop::run_until_complete(Future<T> future) {
  run_until_done(*future.impl());
  return future.result();
}
template <class T> T Loop::run_until_complete(Coro<T> coro) {
  check_open();
  check_not_running();
  return run_until_complete(create_task(std::move(coro)));
}

// asyncio.current_task(): the task running on this thread's loop, or null.
inline TaskBase* current_task() noexcept { return detail::running.task; }
// asyncio.all_tasks(): the running loop's pending tasks.
std::vector<Ref<TaskBase>> all_tasks();
// Task names count from 1 per thread (Task-1, Task-2, ...); a fresh session starts over.
void reset_task_names() noexcept;

} // namespace tulip
