#include "lang/clock.hpp"

#include <chrono>
#include <memory>

namespace tulip::lang {

namespace {
struct ProgramClock {
  ClockKind kind = ClockKind::real;
  NativeDriver native;
  std::unique_ptr<VirtualDriver> virtual_time = std::make_unique<VirtualDriver>();
  double wall_at_start = 0; // the real wall clock when the virtual clock started
};
thread_local ProgramClock g_clock;

double real_wall() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}
} // namespace

void set_clock(ClockKind kind) {
  g_clock.kind = kind;
  g_clock.virtual_time = std::make_unique<VirtualDriver>();
  g_clock.wall_at_start = real_wall();
}

ClockKind clock_kind() { return g_clock.kind; }

Driver& clock() {
  if (g_clock.kind == ClockKind::virtual_time)
    return *g_clock.virtual_time;
  return g_clock.native;
}

double clock_monotonic() { return double(clock().now_ns()) / 1e9; }

double clock_wall() {
  if (g_clock.kind == ClockKind::virtual_time)
    return g_clock.wall_at_start + clock_monotonic();
  return real_wall();
}

void clock_sleep(double seconds) {
  Driver& d = clock();
  d.wait_until(d.now_ns() + std::int64_t(seconds * 1e9));
}

} // namespace tulip::lang
