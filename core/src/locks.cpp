#include "tulip/locks.hpp"

#include <exception>
#include <stdexcept>

namespace tulip {

namespace {
void trace_lock(TraceKind kind, const void* lock) {
  if (Loop* loop = running_loop(); loop && loop->tracing()) [[unlikely]]
    loop->trace(kind, loop->current_task(), "Lock", 0, lock);
}
void trace_suspended(std::string_view what, const void* object) {
  if (Loop* loop = running_loop(); loop && loop->tracing()) [[unlikely]]
    loop->trace(TraceKind::task_suspended, loop->current_task(), what, 0, object);
}
} // namespace

// Lock

bool Lock::Acquire::await_ready() noexcept {
  Lock& l = *lock_;
  if (l.locked_)
    return false;
  bool all_cancelled = true;
  l.waiters_.for_each([&](Waiter& w) { all_cancelled = all_cancelled && w.cancelled(); });
  if (!all_cancelled)
    return false;
  l.locked_ = true;
  trace_lock(TraceKind::lock_acquire, lock_);
  return true;
}

void Lock::Acquire::await_suspend(co::coroutine_handle<>) {
  lock_->waiters_.push_back(*this);
  trace_suspended("Lock.acquire", lock_);
  park();
}

bool Lock::Acquire::await_resume() {
  if (!task())
    return true; // acquired at once
  unlink();
  if (auto error = interruption()) {
    if (!lock_->locked_)
      lock_->wake_up_first();
    throw *error;
  }
  lock_->locked_ = true;
  trace_lock(TraceKind::lock_acquire, lock_);
  return true;
}

void Lock::release() {
  if (!locked_)
    throw std::runtime_error("Lock is not acquired.");
  locked_ = false;
  trace_lock(TraceKind::lock_release, this);
  wake_up_first();
}

void Lock::wake_up_first() {
  if (Waiter* first = waiters_.front(); first && !first->done())
    first->set_result();
}

// Event

void Event::set() {
  if (value_)
    return;
  value_ = true;
  waiters_.for_each([](Waiter& w) {
    if (!w.done())
      w.set_result();
  });
}

void Event::Wait::await_suspend(co::coroutine_handle<>) {
  event_->waiters_.push_back(*this);
  trace_suspended("Event.wait", event_);
  park();
}

bool Event::Wait::await_resume() {
  if (!task())
    return true;
  unlink();
  if (auto error = interruption())
    throw *error;
  return true;
}

// Condition

namespace {
// A waiter in a condition's list, awaited directly (CPython: `await fut`).
class ConditionWait : public Waiter {
public:
  explicit ConditionWait(List<Waiter>& list) : list_(&list) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(co::coroutine_handle<>) {
    list_->push_back(*this);
    trace_suspended("Condition.wait", list_);
    park();
  }
  void await_resume() {
    unlink();
    if (auto error = interruption())
      throw *error;
  }

private:
  List<Waiter>* list_;
};
} // namespace

Coro<bool> Condition::wait() {
  if (!locked())
    throw std::runtime_error("cannot wait on un-acquired lock");
  release();
  std::exception_ptr error;
  try {
    co_await ConditionWait(waiters_);
  } catch (...) {
    error = std::current_exception();
  }
  // Re-acquire the lock whatever happened; a cancellation meanwhile is raised afterwards.
  bool cancelled = false;
  while (true) {
    try {
      co_await acquire();
      break;
    } catch (const CancelledError&) {
      cancelled = true;
    }
  }
  if (cancelled)
    throw CancelledError();
  if (error)
    std::rethrow_exception(error);
  co_return true;
}

Coro<bool> Condition::wait_for(std::function<bool()> predicate) {
  bool result = predicate();
  while (!result) {
    co_await wait();
    result = predicate();
  }
  co_return result;
}

void Condition::notify(std::size_t n) {
  if (!locked())
    throw std::runtime_error("cannot notify on un-acquired lock");
  std::size_t woken = 0;
  waiters_.for_each([&](Waiter& w) {
    if (woken >= n || w.done())
      return;
    ++woken;
    w.set_result();
  });
}

void Condition::notify_all() { notify(waiters_.size()); }

// Semaphore

Semaphore::Semaphore(int value) : value_(value) {
  if (value < 0)
    throw std::invalid_argument("Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const noexcept {
  if (value_ == 0)
    return true;
  bool any_live = false;
  const_cast<List<Waiter>&>(waiters_).for_each(
      [&](Waiter& w) { any_live = any_live || !w.cancelled(); });
  return any_live;
}

bool Semaphore::Acquire::await_ready() noexcept {
  if (sem_->locked())
    return false;
  --sem_->value_;
  return true;
}

void Semaphore::Acquire::await_suspend(co::coroutine_handle<>) {
  sem_->waiters_.push_back(*this);
  trace_suspended("Semaphore.acquire", sem_);
  park();
}

bool Semaphore::Acquire::await_resume() {
  if (!task())
    return true;
  unlink();
  if (auto error = interruption()) {
    if (!cancelled()) {
      ++sem_->value_;
      sem_->wake_up_next();
    }
    throw *error;
  }
  if (sem_->value_ > 0)
    sem_->wake_up_next();
  return true;
}

void Semaphore::release() {
  ++value_;
  wake_up_next();
}

void Semaphore::wake_up_next() {
  bool woke = false;
  waiters_.for_each([&](Waiter& w) {
    if (woke || w.done())
      return;
    --value_;
    w.set_result();
    woke = true;
  });
}

void BoundedSemaphore::release() {
  if (value() >= bound_)
    throw std::invalid_argument("BoundedSemaphore released too many times");
  Semaphore::release();
}

// Barrier

Barrier::Barrier(int parties) : parties_(parties) {
  if (parties < 1)
    throw std::invalid_argument("parties must be > 0");
}

Coro<int> Barrier::wait() {
  co_await cond_.acquire();
  std::exception_ptr error;
  int index = 0;
  try {
    co_await block(); // while the barrier drains or resets
  } catch (...) {
    error = std::current_exception();
  }
  if (!error) {
    try {
      index = count_++;
      if (index + 1 == parties_) {
        state_ = State::draining;
        cond_.notify_all();
      } else {
        co_await wait_released();
      }
    } catch (...) {
      error = std::current_exception();
    }
    --count_;
    exit();
  }
  cond_.release();
  if (error)
    std::rethrow_exception(error);
  co_return index;
}

Coro<void> Barrier::block() {
  co_await cond_.wait_for(
      [this] { return state_ != State::draining && state_ != State::resetting; });
  if (state_ == State::broken)
    throw BrokenBarrierError("Barrier aborted");
}

Coro<void> Barrier::wait_released() {
  co_await cond_.wait_for([this] { return state_ != State::filling; });
  if (state_ == State::broken || state_ == State::resetting)
    throw BrokenBarrierError("Abort or reset of barrier");
}

void Barrier::exit() {
  if (count_ == 0) {
    if (state_ == State::resetting || state_ == State::draining)
      state_ = State::filling;
    cond_.notify_all();
  }
}

Coro<void> Barrier::reset() {
  co_await cond_.acquire();
  if (count_ > 0) {
    if (state_ != State::resetting)
      state_ = State::resetting;
  } else {
    state_ = State::filling;
  }
  cond_.notify_all();
  cond_.release();
}

Coro<void> Barrier::abort() {
  co_await cond_.acquire();
  state_ = State::broken;
  cond_.notify_all();
  cond_.release();
}

} // namespace tulip

namespace tulip::detail {

void trace_queue_event(TraceKind kind, const void* queue) {
  if (Loop* loop = running_loop(); loop && loop->tracing()) [[unlikely]]
    loop->trace(kind, loop->current_task(), kind == TraceKind::queue_put ? "put" : "get", 0, queue);
}

} // namespace tulip::detail
