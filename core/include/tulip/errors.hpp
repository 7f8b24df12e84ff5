// The exceptions of asyncio: CancelledError, TimeoutError, InvalidStateError, QueueEmpty,
// QueueFull, BrokenBarrierError.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace tulip {

// A cancellation message as CPython carries it: absent (None) or a string.
using CancelMessage = std::optional<std::string>;

// CancelledError is not a std::exception, as it is a BaseException and not an Exception in
// Python: `catch (const std::exception&)` must not swallow a cancellation by accident.
class CancelledError {
public:
  CancelledError() = default;
  explicit CancelledError(CancelMessage message) : message_(std::move(message)) {}
  const CancelMessage& message() const noexcept { return message_; }
  const char* what() const noexcept { return message_ ? message_->c_str() : ""; }

private:
  CancelMessage message_;
};

class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

class TimeoutError : public Error {
public:
  TimeoutError() : Error("") {}
  using Error::Error;
};

class InvalidStateError : public Error {
public:
  using Error::Error;
};

class QueueEmpty : public Error {
public:
  QueueEmpty() : Error("") {}
};

class QueueFull : public Error {
public:
  QueueFull() : Error("") {}
};

class BrokenBarrierError : public Error {
public:
  using Error::Error;
};

// The loop has nothing ready, no timer and no I/O, so nothing can ever wake it: CPython would
// hang forever here; Tulip says so instead.
class DeadlockError : public Error {
public:
  using Error::Error;
};

} // namespace tulip
