// sleep(delay): parks the running task for `delay` seconds on the loop's clock. sleep(0) (or
// less) yields for exactly one loop iteration, as CPython's bare `yield` does.
#pragma once

#include <type_traits>

#include "tulip/handle.hpp"
#include "tulip/task.hpp"
#include "tulip/waiter.hpp"

namespace tulip {

class [[nodiscard]] SleepAwaiter {
public:
  explicit SleepAwaiter(double delay) noexcept : delay_(delay) {}
  SleepAwaiter(const SleepAwaiter&) = delete;
  ~SleepAwaiter() { timer_.cancel(); }

  bool await_ready() const noexcept { return false; }
  void await_suspend(co::coroutine_handle<>);
  void await_resume();

private:
  double delay_;
  Waiter waiter_;
  Handle timer_;
  TaskBase* yielded_ = nullptr; // set for sleep(0)
};

// A template so that sleep(1) picks this over POSIX ::sleep(unsigned) under `using namespace`.
template <class Seconds>
requires std::is_arithmetic_v<Seconds> SleepAwaiter sleep(Seconds delay)
noexcept { return SleepAwaiter(static_cast<double>(delay)); }

} // namespace tulip
