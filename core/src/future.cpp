#include "tulip/future.hpp"

#include "tulip/task.hpp"

namespace tulip {

FutureBase::FutureBase(Loop& loop) noexcept : loop_(&loop) { loop.track(*this); }

FutureBase::~FutureBase() { dispose_callbacks(); }

void FutureBase::report_unretrieved() noexcept {
  // A future that outlived its loop reports to a default handler of its own.
  const char* what =
      is_task() ? "Task exception was never retrieved" : "Future exception was never retrieved";
  try {
    if (loop_ && detail::loop_alive(loop_)) {
      loop_->call_exception_handler({what, exception_, this});
    } else {
      Loop orphan;
      orphan.call_exception_handler({what, exception_, this});
    }
  } catch (...) {
  }
}

void FutureBase::retrieved() noexcept {
  log_traceback_ = false;
  if (state_ != State::pending)
    unlink(); // nothing of the loop is needed any more
}

void FutureBase::check_settable() const {
  if (done())
    throw InvalidStateError("invalid state");
}

bool FutureBase::cancel(CancelMessage msg) {
  log_traceback_ = false;
  if (done())
    return false;
  finish_cancelled(std::move(msg));
  return true;
}

void FutureBase::finish_cancelled(CancelMessage msg) {
  state_ = State::cancelled;
  if (msg)
    extras().cancel_message = std::move(msg);
  schedule_callbacks();
  unlink();
}

void FutureBase::finish_cancelled_by(std::exception_ptr error) {
  state_ = State::cancelled;
  exception_ = std::move(error);
  schedule_callbacks();
  unlink();
}

void FutureBase::finish_result() {
  state_ = State::finished;
  schedule_callbacks();
  unlink();
}

void FutureBase::set_exception(std::exception_ptr e) {
  check_settable();
  finish_exception(std::move(e));
}

void FutureBase::finish_exception(std::exception_ptr e) {
  state_ = State::finished;
  exception_ = std::move(e);
  log_traceback_ = true; // stays tracked until retrieved
  schedule_callbacks();
}

std::exception_ptr FutureBase::exception() {
  if (state_ == State::cancelled)
    std::rethrow_exception(make_cancelled_error());
  if (state_ == State::pending)
    throw InvalidStateError("Exception is not set.");
  retrieved();
  return exception_;
}

void FutureBase::check_result() {
  if (state_ == State::cancelled)
    std::rethrow_exception(make_cancelled_error());
  if (state_ == State::pending)
    throw InvalidStateError("Result is not set.");
  retrieved();
  if (exception_)
    std::rethrow_exception(exception_);
}

std::exception_ptr FutureBase::make_cancelled_error() {
  if (exception_) {
    std::exception_ptr e = std::exchange(exception_, nullptr);
    try {
      std::rethrow_exception(e);
    } catch (const CancelledError&) {
      return e;
    } catch (...) {
    }
  }
  return std::make_exception_ptr(CancelledError(cancel_message()));
}

CancelMessage FutureBase::cancel_message() const {
  return extras_ ? extras_->cancel_message : std::nullopt;
}

namespace {
// The ready-queue entry of a scheduled done callback.
void run_callback(void* cb, bool run) {
  auto* c = static_cast<Callback*>(cb);
  c->fn(c, run);
}
} // namespace

void FutureBase::add_callback(Callback& cb) {
  if (done()) {
    loop_->schedule({&run_callback, &cb});
    return;
  }
  callbacks_.push_back(cb);
}

bool FutureBase::remove_callback(Callback& cb) noexcept {
  if (!cb.linked())
    return false;
  cb.unlink();
  return true;
}

FutureExtras& FutureBase::extras() {
  if (!extras_)
    extras_ = std::make_unique<FutureExtras>();
  return *extras_;
}

bool FutureBase::remove_callback_if_pending(const Callback* cb) noexcept {
  bool found = false;
  callbacks_.for_each([&](Callback& c) {
    if (&c == cb) {
      c.unlink();
      found = true;
    }
  });
  return found;
}

void FutureBase::schedule_callbacks() {
  while (Callback* cb = callbacks_.pop_front()) {
    loop_->schedule({&run_callback, cb});
  }
}

void FutureBase::dispose_callbacks() noexcept {
  while (Callback* cb = callbacks_.pop_front())
    cb->fn(cb, false);
}

std::string FutureBase::repr() const {
  const char* state = state_ == State::pending     ? "pending"
                      : state_ == State::cancelled ? "cancelled"
                                                   : "finished";
  return std::string("<Future ") + state + ">";
}

namespace detail {

void FutureWait::await_suspend(co::coroutine_handle<>) {
  task_ = running.task;
  if (task_ == future_) {
    // CPython schedules a step that raises RuntimeError at the await.
    awaits_itself_ = true;
    task_->yield_once();
    return;
  }
  task_->park_on(*future_, *this);
}

void FutureWait::wake(Callback* self, bool run) {
  if (run)
    static_cast<FutureWait*>(self)->task_->step();
}

void FutureWait::check_resume() {
  if (!task_)
    return; // it never parked: the future was done already
  bool cancel_requested = task_->take_cancel_request();
  if (awaits_itself_)
    throw std::runtime_error("Task cannot await on itself: " + task_->repr());
  if (future_->cancelled())
    std::rethrow_exception(future_->make_cancelled_error());
  if (cancel_requested)
    throw task_->cancel_request_error();
}

} // namespace detail

} // namespace tulip
