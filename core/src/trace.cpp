#include "tulip/trace.hpp"

namespace tulip {

std::string_view to_string(TraceKind kind) noexcept {
  switch (kind) {
  case TraceKind::task_created:
    return "task_created";
  case TraceKind::task_started:
    return "task_started";
  case TraceKind::task_suspended:
    return "task_suspended";
  case TraceKind::task_resumed:
    return "task_resumed";
  case TraceKind::task_done:
    return "task_done";
  case TraceKind::task_cancelled:
    return "task_cancelled";
  case TraceKind::task_raised:
    return "task_raised";
  case TraceKind::timer_armed:
    return "timer_armed";
  case TraceKind::timer_fired:
    return "timer_fired";
  case TraceKind::queue_put:
    return "queue_put";
  case TraceKind::queue_get:
    return "queue_get";
  case TraceKind::lock_acquire:
    return "lock_acquire";
  case TraceKind::lock_release:
    return "lock_release";
  }
  return "unknown";
}

} // namespace tulip
