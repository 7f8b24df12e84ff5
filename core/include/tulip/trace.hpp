// Trace: structured events from the loop (tasks, timers, queues, locks) for whoever subscribes:
// the task log, the timeline and the loop inspector are drawn from them. Nothing is built when
// nobody subscribes.
#pragma once

#include <cstdint>
#include <string_view>

namespace tulip {

class TaskBase;

enum class TraceKind : std::uint8_t {
  task_created,
  task_started,   // first step
  task_suspended, // `what` says on what: "sleep", "Future", "Task", "Queue.get", ...
  task_resumed,
  task_done,
  task_cancelled,
  task_raised, // `what` is the exception's message
  timer_armed, // `value` is the deadline (loop seconds)
  timer_fired,
  queue_put,
  queue_get,
  lock_acquire,
  lock_release,
};

std::string_view to_string(TraceKind kind) noexcept;

struct TraceEvent {
  TraceKind kind;
  double loop_time;      // seconds on the loop's clock (virtual or real)
  std::int64_t real_ns;  // steady-clock nanoseconds, whatever the loop's clock
  const TaskBase* task;  // the task concerned, or null
  std::uint64_t task_id; // 0 when there is no task
  std::string_view what; // short description (see TraceKind)
  double value;          // a delay or deadline, when there is one
  const void* object;    // the future, queue or lock concerned, when there is one
};

class Tracer {
public:
  virtual ~Tracer() = default;
  virtual void on_event(const TraceEvent& event) = 0;
};

} // namespace tulip
