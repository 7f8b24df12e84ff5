#include "tulip/sleep.hpp"

namespace tulip {

void SleepAwaiter::await_suspend(co::coroutine_handle<>) {
  TaskBase* task = detail::running.task;
  if (delay_ <= 0) {
    yielded_ = task;
    task->yield_once();
    return;
  }
  Loop& loop = task->loop();
  // CPython: a future, and a timer that sets it unless it was cancelled meanwhile.
  timer_ = loop.call_later(delay_, [w = &waiter_] { w->set_result(); });
  if (loop.tracing()) [[unlikely]]
    loop.trace(TraceKind::task_suspended, task, "sleep", delay_, &waiter_);
  waiter_.park();
}

void SleepAwaiter::await_resume() {
  if (yielded_) {
    if (yielded_->take_cancel_request())
      throw yielded_->cancel_request_error();
    return;
  }
  timer_.cancel();
  if (auto error = waiter_.interruption())
    throw *error;
}

} // namespace tulip
