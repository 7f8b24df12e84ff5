#include "lang/clock.hpp"

#include <chrono>
#include <memory>

namespace tulip::lang {

namespace {
struct ProgramClock {
  ClockKind kind = ClockKind::real;
  NativeDriver native;
  Driver* real_time = &native;
  std::unique_ptr<VirtualDriver> virtual_time = std::make_unique<VirtualDriver>();
  double wall_at_start = 0;      // the real wall clock when the program's clock started
  double monotonic_at_start = 0; // the clock's own reading then
};
thread_local ProgramClock g_clock;

double real_wall() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}
} // namespace

void set_clock(ClockKind kind, Driver* real_time) {
  g_clock.kind = kind;
  g_clock.real_time = real_time ? real_time : &g_clock.native;
  g_clock.virtual_time = std::make_unique<VirtualDriver>();
  g_clock.wall_at_start = real_wall();
  g_clock.monotonic_at_start = clock_monotonic();
}

ClockKind clock_kind() { return g_clock.kind; }

Driver& clock() {
  if (g_clock.kind == ClockKind::virtual_time)
    return *g_clock.virtual_time;
  return *g_clock.real_time;
}

double clock_monotonic() { return double(clock().now_ns()) / 1e9; }

double clock_wall() {
  // Only the process's own clock is the wall clock; any other (virtual, slowed down) moves the
  // wall time with it, so time.time() and time.monotonic() agree.
  if (g_clock.kind == ClockKind::real && g_clock.real_time == &g_clock.native)
    return real_wall();
  return g_clock.wall_at_start + (clock_monotonic() - g_clock.monotonic_at_start);
}

void clock_sleep(double seconds) {
  Driver& d = clock();
  d.wait_until(d.now_ns() + std::int64_t(seconds * 1e9));
}

} // namespace tulip::lang
