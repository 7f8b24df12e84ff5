#include "tulip/timeouts.hpp"

namespace tulip {

void Timeout::enter() {
  if (state_ != State::created)
    throw std::runtime_error("Timeout has already been entered");
  TaskBase* task = current_task();
  if (!task)
    throw std::runtime_error("Timeout should be used inside a task");
  state_ = State::entered;
  task_ = task;
  cancelling_ = task->cancelling();
  reschedule(when_);
}

void Timeout::reschedule(std::optional<double> when) {
  if (state_ != State::entered) {
    if (state_ == State::created)
      throw std::runtime_error("Timeout has not been entered");
    const char* state = state_ == State::expiring  ? "expiring"
                        : state_ == State::expired ? "expired"
                                                   : "finished";
    throw std::runtime_error(std::string("Cannot change state of ") + state + " Timeout");
  }
  when_ = when;
  handle_.cancel();
  handle_ = Handle();
  if (!when)
    return;
  Loop& loop = task_->loop();
  if (*when <= loop.time())
    handle_ = loop.call_soon([this] { on_timeout(); });
  else
    handle_ = loop.call_at(*when, [this] { on_timeout(); });
}

void Timeout::on_timeout() {
  task_->cancel();
  state_ = State::expiring;
  handle_ = Handle();
}

void Timeout::exit(std::exception_ptr error) {
  handle_.cancel();
  handle_ = Handle();
  if (state_ == State::expiring) {
    state_ = State::expired;
    bool cancelled_error = false;
    if (error) {
      try {
        std::rethrow_exception(error);
      } catch (const CancelledError&) {
        cancelled_error = true;
      } catch (...) {
      }
    }
    if (task_->uncancel() <= cancelling_ && cancelled_error)
      throw TimeoutError();
  } else if (state_ == State::entered) {
    state_ = State::exited;
  }
  if (error)
    std::rethrow_exception(error);
}

} // namespace tulip
