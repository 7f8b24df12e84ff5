// The BrowserDriver: the browser's event loop is the timer source. Waiting for a deadline hands
// the rest of the turn back to the browser through one pending timeout (the JS import
// tulip_js_wait returns a promise, and WebAssembly's JS promise integration suspends the whole
// run until it resolves); ready work that has run for a slice (about 8 ms) yields the same way
// with a zero delay, which JS continues through a MessageChannel task, not a clamped
// setTimeout(0). So a program never freezes the page, not even `while True: pass`.
#pragma once

#include <cstdint>
#include <functional>

#include "tulip/driver.hpp"
#include "web_network.hpp"

namespace tulip::wasm {

// Hands the turn back to the browser for `ms` milliseconds (0: just let it breathe; negative:
// until a WebSocket has news). A WebSocket's news ends any wait early. Where JS cannot suspend (no
// promise integration, as in Node 20) the import waits in place instead.
void yield_to_browser(double ms);

// Milliseconds on the browser's monotonic clock (performance.now()).
double browser_now_ms();

class BrowserDriver final : public Driver {
public:
  // `before_wait` runs before each hand-back (the session flushes output and trace there).
  explicit BrowserDriver(std::function<void()> before_wait) : before_wait_(std::move(before_wait)) {}
  std::int64_t now_ns() override;
  void wait_until(std::int64_t deadline_ns) override;
  // A program's own servers and clients stay in the page; other hosts are reached through the
  // bridge.
  Network* network() override { return &network_; }

  // Called often by the running program: yields when the current slice is used up.
  void poll();

private:
  void hand_back(double ms);

  std::function<void()> before_wait_;
  double slice_start_ms_ = browser_now_ms();
  WebNetwork network_;
};

// Slow motion: a clock that runs at `speed` (0 < speed <= 1) times real time, waiting on the
// browser's clock; a 3-second sleep at speed 0.1 takes 30 seconds.
class ScaledDriver final : public Driver {
public:
  ScaledDriver(BrowserDriver& real, double speed);
  std::int64_t now_ns() override;
  void wait_until(std::int64_t deadline_ns) override;
  Network* network() override { return real_.network(); }

private:
  BrowserDriver& real_;
  double speed_;
  std::int64_t real_start_ns_;
};

} // namespace tulip::wasm
