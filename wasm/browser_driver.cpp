#include "browser_driver.hpp"

#include <emscripten.h>

extern "C" {
// Defined in library_tulip.js; the page wraps it as a suspending import.
void tulip_js_wait(double ms);
}

namespace tulip::wasm {

namespace {
constexpr double kSliceMs = 8; // the longest stretch the page goes without a turn of its own
} // namespace

void yield_to_browser(double ms) { tulip_js_wait(ms); }

double browser_now_ms() { return emscripten_get_now(); }

std::int64_t BrowserDriver::now_ns() { return std::int64_t(browser_now_ms() * 1e6); }

void BrowserDriver::wait_until(std::int64_t deadline_ns) {
  // A connection the bridge's reverse mode accepted is work for the loop: no wait.
  if (network_.deliver_accepted())
    return;
  if (deadline_ns == kNoDeadline) {
    // Only a WebSocket's news can end this wait.
    if (!network_.can_wake())
      throw_deadlock();
    hand_back(-1);
    return;
  }
  std::int64_t now = now_ns();
  if (deadline_ns > now)
    hand_back(double(deadline_ns - now) / 1e6);
}

void BrowserDriver::poll() {
  if (browser_now_ms() - slice_start_ms_ >= kSliceMs)
    hand_back(0);
}

void BrowserDriver::hand_back(double ms) {
  if (before_wait_)
    before_wait_();
  yield_to_browser(ms);
  slice_start_ms_ = browser_now_ms();
}

ScaledDriver::ScaledDriver(BrowserDriver& real, double speed)
    : real_(real), speed_(speed), real_start_ns_(real.now_ns()) {}

std::int64_t ScaledDriver::now_ns() {
  return std::int64_t(double(real_.now_ns() - real_start_ns_) * speed_);
}

void ScaledDriver::wait_until(std::int64_t deadline_ns) {
  if (deadline_ns == kNoDeadline) {
    real_.wait_until(kNoDeadline); // only I/O can end it, at any speed
    return;
  }
  std::int64_t now = now_ns();
  if (deadline_ns > now)
    real_.wait_until(real_.now_ns() + std::int64_t(double(deadline_ns - now) / speed_));
}

} // namespace tulip::wasm
