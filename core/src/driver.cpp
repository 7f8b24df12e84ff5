#include "tulip/driver.hpp"

#include <thread>

#include "tulip/errors.hpp"
#include "tulip/loopback.hpp"
#ifndef __EMSCRIPTEN__
#include "tulip/tcp.hpp"
#endif

namespace tulip {

void throw_deadlock() {
  throw DeadlockError("deadlock: no callback is ready, no timer is set and no I/O can wake the "
                      "event loop, so it would wait forever");
}

VirtualDriver::VirtualDriver() : network_(std::make_unique<LoopbackNetwork>()) {}
VirtualDriver::~VirtualDriver() = default;

void VirtualDriver::wait_until(std::int64_t deadline_ns) {
  if (deadline_ns == kNoDeadline)
    throw_deadlock();
  if (deadline_ns > now_)
    now_ = deadline_ns;
}

#ifdef __EMSCRIPTEN__
NativeDriver::NativeDriver() : network_(std::make_unique<LoopbackNetwork>()) {}
#else
NativeDriver::NativeDriver() : network_(std::make_unique<TcpNetwork>()) {}
#endif
NativeDriver::~NativeDriver() = default;

std::int64_t NativeDriver::now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void NativeDriver::wait_until(std::int64_t deadline_ns) {
#ifndef __EMSCRIPTEN__
  // A watched socket can end the wait early: poll them until the deadline.
  auto& tcp = static_cast<TcpNetwork&>(*network_);
  if (tcp.can_wake()) {
    tcp.wait(deadline_ns, now_ns());
    return;
  }
#endif
  // Nothing but timers can wake this loop, so an endless wait is a deadlock.
  if (deadline_ns == kNoDeadline)
    throw_deadlock();
  std::int64_t now = now_ns();
  if (deadline_ns > now)
    std::this_thread::sleep_for(std::chrono::nanoseconds(deadline_ns - now));
}

} // namespace tulip
