// The exceptions of asyncio: CancelledError, TimeoutError, InvalidStateError, QueueEmpty,
// QueueFull, BrokenBarrierError, the streams' IncompleteReadError and LimitOverrunError, and the
// OSError family the network raises.
#pragma once

#include <cstddef>
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

// StreamReader.readexactly/readuntil met EOF first: what was read, and what was expected
// (nullopt: readuntil's "undefined").
class IncompleteReadError : public Error {
public:
  IncompleteReadError(std::string partial, std::optional<std::size_t> expected)
      : Error(std::to_string(partial.size()) + " bytes read on a total of " +
              (expected ? std::to_string(*expected) : std::string("undefined")) +
              " expected bytes"),
        partial(std::move(partial)), expected(expected) {}
  std::string partial;
  std::optional<std::size_t> expected;
};

// StreamReader.readuntil passed its limit looking for the separator; `consumed` bytes are to be
// consumed (CPython's LimitOverrunError).
class LimitOverrunError : public Error {
public:
  LimitOverrunError(const std::string& message, std::size_t consumed)
      : Error(message), consumed(consumed) {}
  std::size_t consumed;
};

// An operating-system error from the network, as Python's OSError: `code` is the errno that
// picks the class (ECONNREFUSED: ConnectionRefusedError, ECONNRESET: ConnectionResetError, ...);
// `with_errno` is false for the ones asyncio raises with a message only
// (ConnectionResetError('Connection lost')).
class OSError : public Error {
public:
  OSError(int code, const std::string& message, bool with_errno = true)
      : Error(message), code(code), with_errno(with_errno) {}
  int code;
  bool with_errno;
};

} // namespace tulip
