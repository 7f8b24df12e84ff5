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
  TaskBase(Loop& loop, std::string name);
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
  // The task was cancelled before its coroutine started: it never runs.
  bool started_ = false;

private:
  friend class Loop;
  friend class Waiter;

  std::unique_ptr<std::string> name_;
  std::unique_ptr<std::string> cancel_message_; // _cancel_message, for _must_cancel
  FutureBase* fut_waiter_ = nullptr;
  Waiter* waiter_ = nullptr;
  std::uint64_t id_;
  std::int32_t num_cancels_requested_ = 0;
  bool must_cancel_ = false;
  bool throw_cancel_ = false;
};

// A task running a C++ coroutine, resumed through the trampoline.
class CoroTaskBase : public TaskBase {
public:
  CoroTaskBase(Loop& loop, co::coroutine_handle<> top, std::string name)
      : TaskBase(loop, std::move(name)), top_(top), leaf_(top) {}
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
  TaskImpl(Loop& loop, typename Coro<T>::handle_type h, std::string name)
      : WithResult<T, CoroTaskBase>(loop, h, std::move(name)) {}

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

template <class T> Task<T> Loop::create_task(Coro<T> coro, std::string name) {
  check_open();
  Task<T> task(Ref<TaskImpl<T>>(new TaskImpl<T>(*this, coro.release(), std::move(name))));
  task.impl()->start();
  return task;
}

// asyncio.create_task: on the running loop.
template <class T> Task<T> create_task(Coro<T> coro, std::string name = {}) {
  return get_running_loop().create_task(std::move(coro), std::move(name));
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
