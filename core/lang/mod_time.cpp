// The time module: time, monotonic, perf_counter, sleep, and their _ns variants.
#include <ctime>

#include "lang/asyncio/trace_recorder.hpp"
#include "lang/clock.hpp"
#include "lang/modules.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static double wall() { return clock_wall(); }
static double mono() { return clock_monotonic(); }

NATIVE(time_time) {
  UNUSED_NATIVE_ARGS;
  return Float(wall());
}
NATIVE(time_monotonic) {
  UNUSED_NATIVE_ARGS;
  return Float(mono());
}
NATIVE(time_time_ns) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(wall() * 1e9));
}
NATIVE(time_monotonic_ns) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(mono() * 1e9));
}
NATIVE(time_process_time) {
  UNUSED_NATIVE_ARGS;
  return Float(double(std::clock()) / CLOCKS_PER_SEC);
}
NATIVE(time_sleep) {
  UNUSED_NATIVE_ARGS;
  check_nargs("sleep", n, 1, 1);
  double s = as_double(a[0]);
  if (s < 0)
    value_error("sleep length must be non-negative");
  vm().flush_out();
  // Inside a coroutine this blocks the loop: the trace shows it on the task.
  aio::BlockingCall blocking("time.sleep", a[0]);
  if (vm().sleep_hook)
    vm().sleep_hook(s);
  else
    clock_sleep(s);
  return None();
}
NATIVE(time_strftime) {
  UNUSED_NATIVE_ARGS;
  std::time_t t = std::time(nullptr);
  std::tm tm = *std::localtime(&t);
  char buf[256];
  std::string fmt(sv(a[0]));
  size_t k = std::strftime(buf, sizeof buf, fmt.c_str(), &tm);
  return str_val(std::string_view(buf, k));
}
NATIVE(time_ctime) {
  UNUSED_NATIVE_ARGS;
  std::time_t t = n > 0 && !a[0].is_none() ? std::time_t(as_double(a[0])) : std::time(nullptr);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", std::localtime(&t));
  return str_val(buf);
}

void init_time_module(ModuleObj* m) {
  DictObj* d = m->dict;
  add_function(d, "time", time_time);
  add_function(d, "monotonic", time_monotonic);
  add_function(d, "perf_counter", time_monotonic);
  add_function(d, "time_ns", time_time_ns);
  add_function(d, "monotonic_ns", time_monotonic_ns);
  add_function(d, "perf_counter_ns", time_monotonic_ns);
  add_function(d, "process_time", time_process_time);
  add_function(d, "sleep", time_sleep);
  add_function(d, "strftime", time_strftime);
  add_function(d, "ctime", time_ctime);
}

} // namespace tulip::lang
