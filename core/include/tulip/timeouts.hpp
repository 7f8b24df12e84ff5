// Timeout: the 3.11 asyncio.timeout() scope. When the deadline passes, the task is cancelled;
// the scope turns that cancellation (and only that one) into TimeoutError. C++ has no
// `async with`, so the scope runs a body: co_await timeout(1.5, body()).
#pragma once

#include <exception>
#include <optional>
#include <stdexcept>

#include "tulip/handle.hpp"
#include "tulip/task.hpp"

namespace tulip {

class Timeout {
public:
  // A deadline in loop seconds, or none (never expires).
  explicit Timeout(std::optional<double> when) noexcept : when_(when) {}
  Timeout(const Timeout&) = delete;
  Timeout& operator=(const Timeout&) = delete;
  ~Timeout() { handle_.cancel(); }

  std::optional<double> when() const noexcept { return when_; }
  bool expired() const noexcept { return state_ == State::expiring || state_ == State::expired; }
  // Moves the deadline of an entered scope (std::runtime_error otherwise).
  void reschedule(std::optional<double> when);
  // `async with` as bindings spell it: enter in the running task; exit with the exception the
  // body raised (or null), which it rethrows, or TimeoutError for the cancellation it caused.
  void enter();
  void exit(std::exception_ptr error);

  // Runs `body` inside the scope.
  template <class T> Coro<T> run(Coro<T> body) {
    enter();
    std::exception_ptr error;
    if constexpr (std::is_void_v<T>) {
      try {
        co_await std::move(body);
      } catch (...) {
        error = std::current_exception();
      }
      exit(error);
    } else {
      std::optional<T> value;
      try {
        value.emplace(co_await std::move(body));
      } catch (...) {
        error = std::current_exception();
      }
      exit(error);
      co_return std::move(*value);
    }
  }

private:
  enum class State { created, entered, expiring, expired, exited };
  void on_timeout();

  std::optional<double> when_;
  Handle handle_;
  TaskBase* task_ = nullptr;
  int cancelling_ = 0;
  State state_ = State::created;
};

// asyncio.timeout(delay): `delay` seconds from now (none: no timeout).
template <class T> Coro<T> timeout(std::optional<double> delay, Coro<T> body) {
  std::optional<double> when;
  if (delay)
    when = get_running_loop().time() + *delay;
  Timeout scope(when);
  co_return co_await scope.run(std::move(body));
}

// asyncio.timeout_at(when): at a deadline in loop seconds.
template <class T> Coro<T> timeout_at(std::optional<double> when, Coro<T> body) {
  Timeout scope(when);
  co_return co_await scope.run(std::move(body));
}

} // namespace tulip
