#include "tulip/task.hpp"

#include <stdexcept>

namespace tulip {

namespace {
thread_local std::uint64_t task_counter = 0;
} // namespace

void reset_task_names() noexcept { task_counter = 0; }

TaskBase::TaskBase(Loop& loop, std::string_view name) : FutureBase(loop), id_(++task_counter) {
  if (!name.empty())
    extras().name = name;
}

TaskBase::~TaskBase() = default;

std::string TaskBase::get_name() const {
  auto* x = extras_if_any();
  return x && !x->name.empty() ? x->name : "Task-" + std::to_string(id_);
}

void TaskBase::set_name(std::string name) { extras().name = std::move(name); }

std::string TaskBase::repr() const {
  const char* state = !done() ? "pending" : cancelled() ? "cancelled" : "finished";
  return std::string("<Task ") + state + " name='" + get_name() + "'>";
}

void TaskBase::start() {
  loop_->keep_alive(*this);
  loop_->schedule({&step_thunk, this});
  if (loop_->tracing()) [[unlikely]]
    loop_->trace(TraceKind::task_created, this);
}

bool TaskBase::cancel(CancelMessage msg) {
  // CPython 3.11 Task.cancel: cancel what the task awaits; if that cannot be cancelled, the
  // next step throws CancelledError into the coroutine.
  if (done())
    return false;
  ++num_cancels_requested_;
  if (FutureBase* f = fut_waiter(); f && f->cancel(msg))
    return true;
  if (Waiter* w = waiter(); w && w->cancel(msg))
    return true;
  must_cancel_ = true;
  if (msg || extras_if_any())
    extras().task_cancel_message = std::move(msg);
  return true;
}

int TaskBase::uncancel() noexcept {
  if (num_cancels_requested_ > 0)
    --num_cancels_requested_;
  return num_cancels_requested_;
}

CancelledError TaskBase::cancel_request_error() const {
  return CancelledError(must_cancel_message());
}

void TaskBase::park_on(FutureBase& future, Callback& wakeup) {
  future.add_callback(wakeup);
  waiting_ = reinterpret_cast<std::uintptr_t>(&future);
  if (loop_->tracing()) [[unlikely]]
    loop_->trace(TraceKind::task_suspended, this, future.is_task() ? "Task" : "Future", 0, &future);
  if (must_cancel_ && future.cancel(must_cancel_message()))
    must_cancel_ = false;
}

void TaskBase::yield_once() {
  loop_->schedule({&step_thunk, this});
  if (loop_->tracing()) [[unlikely]]
    loop_->trace(TraceKind::task_suspended, this, "sleep(0)");
}

void TaskBase::step_thunk(void* task, bool run) {
  if (run)
    static_cast<TaskBase*>(task)->step();
}

void TaskBase::step() {
  throw_cancel_ = must_cancel_;
  must_cancel_ = false;
  waiting_ = 0;
  detail::Running& running = detail::running;
  if (running.task)
    throw std::runtime_error("Cannot enter into task " + repr() + " while another task " +
                             running.task->repr() + " is being executed.");
  running.task = this;
  if (loop_->tracing()) [[unlikely]]
    loop_->trace(started_ ? TraceKind::task_resumed : TraceKind::task_started, this);
  struct Leave {
    ~Leave() { detail::running.task = nullptr; }
  } leave;
  run_step();
  if (done()) {
    if (loop_->tracing()) [[unlikely]]
      loop_->trace(cancelled() ? TraceKind::task_cancelled : TraceKind::task_done, this);
    loop_->let_go(*this); // may destroy this task
  }
}

bool TaskBase::end_if_cancel_requested() {
  if (!must_cancel_)
    return false;
  must_cancel_ = false;
  finish_cancelled(must_cancel_message());
  return true;
}

void TaskBase::end_with_exception(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError&) {
    finish_cancelled_by(std::move(e));
    return;
  } catch (...) {
  }
  if (loop_->tracing()) [[unlikely]] {
    std::string what;
    try {
      std::rethrow_exception(e);
    } catch (const std::exception& ex) {
      what = ex.what();
    } catch (...) {
    }
    loop_->trace(TraceKind::task_raised, this, what);
  }
  finish_exception(std::move(e));
}

void CoroTaskBase::run_step() {
  if (!started_) {
    started_ = true;
    if (take_cancel_request()) {
      // Throwing into a coroutine that never started ends it before its first line.
      CancelledError error = cancel_request_error();
      destroy_frame();
      end_with_exception(std::make_exception_ptr(error));
      return;
    }
  }
  detail::Running& running = detail::running;
  co::coroutine_handle<> h = leaf_;
  do {
    leaf_ = h;
    running.next = nullptr;
    h.resume();
    h = running.next;
  } while (h);
  if (top_.done())
    complete();
}

void Waiter::wake(void* self, bool run) {
  if (!run)
    return;
  auto& waiter = *static_cast<Waiter*>(self);
  TaskBase& task = *waiter.task_;
  if (waiter.retry_ && waiter.state_ == State::done && !task.must_cancel_ && waiter.retry_(waiter))
    return;
  task.step();
}

} // namespace tulip
