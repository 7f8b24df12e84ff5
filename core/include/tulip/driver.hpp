// Drivers: the only things that know what time is and how to wait. The loop asks a driver for
// "now" and to wait until a deadline; the same loop runs under every driver.
#pragma once

#include <chrono>
#include <cstdint>
#include <limits>
#include <memory>

#include "tulip/socket.hpp"

namespace tulip {

// "No deadline": nothing is scheduled, only I/O (or nothing at all) can wake the loop.
inline constexpr std::int64_t kNoDeadline = std::numeric_limits<std::int64_t>::max();

// Raises DeadlockError: what a driver does when asked to wait with no deadline and nothing that
// could wake it.
[[noreturn]] void throw_deadlock();

class Driver {
public:
  virtual ~Driver() = default;
  // Monotonic time in nanoseconds.
  virtual std::int64_t now_ns() = 0;
  // Waits until `deadline_ns` (kNoDeadline: until I/O). Returns at once for a past deadline.
  // Throws DeadlockError when nothing could ever end the wait.
  virtual void wait_until(std::int64_t deadline_ns) = 0;
  // Where this driver's loops open connections and servers (null: nowhere).
  virtual Network* network() { return nullptr; }
};

// Virtual time: waiting jumps the clock to the deadline, so programs run instantly and
// deterministically.
// Its network is the in-process loopback: nothing outside the program can wake it.
class VirtualDriver final : public Driver {
public:
  VirtualDriver();
  ~VirtualDriver() override;
  std::int64_t now_ns() override { return now_; }
  void wait_until(std::int64_t deadline_ns) override;
  Network* network() override { return network_.get(); }

private:
  std::int64_t now_ = 0;
  std::unique_ptr<Network> network_;
};

// Real time on std::chrono::steady_clock; waiting sleeps until the deadline, or polls the TCP
// sockets some loop watches until one is ready. (In WebAssembly its network is a loopback.)
class NativeDriver final : public Driver {
public:
  NativeDriver();
  ~NativeDriver() override;
  std::int64_t now_ns() override;
  void wait_until(std::int64_t deadline_ns) override;
  Network* network() override { return network_.get(); }

private:
  std::unique_ptr<Network> network_;
};

} // namespace tulip
