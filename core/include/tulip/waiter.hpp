// Waiter: the one-shot future a task parks on inside a wait list (a queue's getters, a lock's or
// an event's waiters, a sleep's timer). CPython allocates a Future for each; a Waiter lives in the
// suspended coroutine's frame, costs no allocation and leaves its list in O(1).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "tulip/errors.hpp"
#include "tulip/list.hpp"

namespace tulip {

class TaskBase;

class Waiter : public ListNode {
public:
  enum class State : std::uint8_t { pending, done, cancelled };
  // Called when a done waiter's task is about to resume: returning true means the waiter was
  // parked again (as Queue.get loops while the queue is still empty).
  using Retry = bool (*)(Waiter&);

  Waiter() = default;
  explicit Waiter(Retry retry) noexcept : retry_(retry) {}

  bool done() const noexcept { return state_ != State::pending; }
  bool cancelled() const noexcept { return state_ == State::cancelled; }
  TaskBase* task() const noexcept { return task_; }

  // Parks the running task on this waiter (the task's next step comes when it is done).
  void park();
  // Parks it again after a retry: pending once more.
  void repark() noexcept;
  // Future.set_result: wakes the task (scheduled); false if it was not pending.
  bool set_result();
  // Future.cancel (from Task.cancel): false if it was not pending.
  bool cancel(CancelMessage msg);
  // Once the task resumes: the CancelledError its await must raise, if any (a cancelled waiter
  // or a cancellation requested of the task's step).
  std::optional<CancelledError> interruption();

private:
  static void wake(void* self, bool run);
  TaskBase* task_ = nullptr;
  Retry retry_ = nullptr;
  State state_ = State::pending;
};

} // namespace tulip
