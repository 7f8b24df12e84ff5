// The program's clock: real time (as python3) or virtual time, which jumps to the next timer so
// that a program's sleeps take no wall time. time.time/monotonic/sleep and every event loop of
// the program read it, so they agree.
#pragma once
#include "tulip/driver.hpp"

namespace tulip::lang {

enum class ClockKind { real, virtual_time };

// Chooses the clock for the program about to run (resets virtual time to zero). Real time is the
// process's steady clock unless `real_time` names another driver (the browser's event loop, or a
// slowed-down clock); it must outlive the program.
void set_clock(ClockKind kind, Driver* real_time = nullptr);
ClockKind clock_kind();
Driver& clock();
double clock_monotonic(); // seconds
double clock_wall();      // seconds since the epoch
void clock_sleep(double seconds);

} // namespace tulip::lang
