#include "tulip/driver.hpp"

#include <thread>

#include "tulip/errors.hpp"

namespace tulip {

void throw_deadlock() {
  throw DeadlockError("deadlock: no callback is ready, no timer is set and no I/O can wake the "
                      "event loop, so it would wait forever");
}

void VirtualDriver::wait_until(std::int64_t deadline_ns) {
  if (deadline_ns == kNoDeadline)
    throw_deadlock();
  if (deadline_ns > now_)
    now_ = deadline_ns;
}

std::int64_t NativeDriver::now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void NativeDriver::wait_until(std::int64_t deadline_ns) {
  // Nothing but timers can wake this loop until sockets arrive, so an endless wait is a deadlock.
  if (deadline_ns == kNoDeadline)
    throw_deadlock();
  std::int64_t now = now_ns();
  if (deadline_ns > now)
    std::this_thread::sleep_for(std::chrono::nanoseconds(deadline_ns - now));
}

} // namespace tulip
