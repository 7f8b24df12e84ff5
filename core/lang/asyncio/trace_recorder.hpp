// TraceRecorder: the trace of a script's tasks, as `tulip run --trace=FILE.json` writes it and the
// browser session reads it, slice by slice. It subscribes to the core events of every loop the
// script creates (tasks created, run, suspended, ended; timers; queues and locks) and adds what
// only the binding knows: coroutine names, what a script task awaits in words, the exceptions
// tasks end with, and calls that block the loop (time.sleep in a coroutine). The JSON schema is
// documented in trace.md beside this file.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/value.hpp"
#include "tulip/loop.hpp"
#include "tulip/transport.hpp"

namespace tulip::lang {
struct ExcObj;
}

namespace tulip::lang::aio {

class ScriptTask;

class TraceRecorder : public TransportObserver {
public:
  static constexpr std::size_t kMaxEvents = 1'000'000;

  // `keep_history`: keep every event for document() (the CLI's file); without it take_batch()
  // hands the events over and forgets them (a session that streams them). After `max_events`
  // events a file keeps its task summaries complete but records no more events or slices
  // ("truncated"); a stream ends with a `trace_stopped` event and the recorder stops listening,
  // so the rest of the run costs nothing.
  explicit TraceRecorder(bool virtual_clock, bool keep_history = true,
                         std::size_t max_events = kMaxEvents);
  ~TraceRecorder() override;
  TraceRecorder(const TraceRecorder&) = delete;
  TraceRecorder& operator=(const TraceRecorder&) = delete;

  // Subscribes to a loop the script created. `handler` is the loop's exception handler: the
  // recorder installs it wrapped, to learn of task exceptions never retrieved.
  void attach(Loop& loop, ExceptionHandler handler);

  // What the binding reports. A script task is about to end with `exc` (raised or cancelled).
  void task_ending(const ScriptTask& task, ExcObj* exc);
  // A cancellation reaches the task's coroutine at its await (it may catch it).
  void cancel_delivered(const ScriptTask& task, const std::optional<std::string>& message);
  // A call that blocked `loop` (time.sleep) from `since` to now.
  void blocked(Loop& loop, std::uint64_t task_id, const std::string& call, double since_t,
               std::int64_t since_real_ns);

  // A connection opens and closes (every transport reports it while this recorder exists).
  void on_opened(const Transport& transport, bool accepted) override;
  void on_closed(const Transport& transport) override;
  // The running task wrote `data` to, or read it from, connection `transport` (`how`: read,
  // readline, readexactly, readuntil; an empty read is EOF).
  void stream_bytes(const Transport& transport, bool written, std::string_view data,
                    const char* how);

  // The events recorded since the previous call, as a JSON array.
  std::string take_batch();
  // The tasks so far (each with its running slices), as a JSON array.
  std::string tasks_json() const;
  // The whole trace: {"version":1, "clock":..., "loops":[...], "tasks":[...], "events":[...]}.
  std::string document() const;
  // Writes document() to `path`; on failure returns false with the reason in `error`.
  bool write_file(const std::string& path, std::string& error) const;
  std::size_t event_count() const noexcept { return event_count_; }

private:
  struct Tap;
  struct Slice {
    double t0, t1, ms0, ms1;
  };
  struct Block {
    std::string call;
    double t0, t1, ms0, ms1;
  };
  struct TaskRecord {
    std::uint64_t id = 0;
    int loop = 0;
    std::uint64_t parent = 0; // the task that created it, 0 if none
    std::string name, coro, defined_at;
    double created_t = 0, created_ms = 0;
    std::string state = "pending"; // done, cancelled, raised
    double end_t = 0, end_ms = 0;
    std::string result;                        // repr, for done
    std::string exc_type, exc_message;         // for raised
    std::optional<std::string> cancel_message; // for cancelled
    bool ending_noted = false;                 // task_ending() filled the fields above
    bool unretrieved = false;                  // its exception was never retrieved
    bool running = false;                      // a slice is open
    Slice open{};
    std::vector<Slice> slices;
    std::vector<Block> blocks;
  };

  void on_event(Tap& tap, const TraceEvent& e);
  bool begin_stream_event(const char* kind, const Transport& transport);
  void on_report(const ExceptionContext& context);
  double ms_of(std::int64_t real_ns) const noexcept;
  // Writes an event's seq, kind, t and ms, opening its JSON object.
  void open_event(std::string_view kind, double t, double ms);
  // Starts an event's JSON object; the caller adds fields and closes it with end_event().
  bool begin_event(std::string_view kind, double t, double ms, int loop, std::uint64_t task);
  void end_event();
  TaskRecord* task_record(std::uint64_t id);
  void close_slice(TaskRecord& task, double t, double ms);
  int object_id(std::unordered_map<const void*, int>& ids, int& next, const void* object);
  void task_json(std::string& out, const TaskRecord& task) const;
  // A stream reached max_events_: its last event, and no more listening.
  void stop_stream(double t, double ms);

  bool virtual_clock_;
  bool keep_history_;
  std::size_t max_events_;
  bool truncated_ = false; // the event cap was reached: later events are dropped
  bool stopped_ = false;   // a stream reached the cap: the recorder no longer listens
  std::int64_t start_real_ns_;
  double start_t_;
  std::string events_;          // the events' JSON objects, comma-separated
  std::size_t batch_start_ = 0; // where the events not yet taken begin in events_
  std::size_t event_count_ = 0;
  std::size_t slice_count_ = 0;
  std::vector<std::unique_ptr<Tap>> taps_;
  std::map<std::uint64_t, TaskRecord> tasks_; // by id: creation order
  // Timers by their handle's address while armed (a handle may be freed and its address
  // reused); queues and locks by address.
  struct Timer {
    int id;
    double when;
  };
  std::unordered_map<const void*, Timer> timers_;
  std::size_t timers_pruned_at_ = 64;
  std::unordered_map<const void*, int> queues_, locks_;
  int next_timer_ = 1, next_queue_ = 1, next_lock_ = 1;
  // Cleared when the recorder goes: exception handlers of loops that outlive it stop reporting.
  std::shared_ptr<TraceRecorder*> self_;
};

// The recorder of the program running on this thread, or null: loops made by the script attach
// to it, and blocking calls report to it.
TraceRecorder* active_trace_recorder() noexcept;

// Makes `recorder` the active one while it lives.
class ActiveTraceRecorder {
public:
  explicit ActiveTraceRecorder(TraceRecorder& recorder) noexcept;
  ~ActiveTraceRecorder();
  ActiveTraceRecorder(const ActiveTraceRecorder&) = delete;
  ActiveTraceRecorder& operator=(const ActiveTraceRecorder&) = delete;

private:
  TraceRecorder* previous_;
};

// A call that blocks the running loop (time.sleep inside a coroutine): reported to the active
// recorder when it returns, as `function(arg)`, on the task that made it.
class BlockingCall {
public:
  BlockingCall(std::string_view function, const Value& arg);
  ~BlockingCall();
  BlockingCall(const BlockingCall&) = delete;
  BlockingCall& operator=(const BlockingCall&) = delete;

private:
  TraceRecorder* recorder_ = nullptr;
  Loop* loop_ = nullptr;
  std::uint64_t task_id_ = 0;
  std::string call_;
  double since_t_ = 0;
  std::int64_t since_real_ns_ = 0;
};

} // namespace tulip::lang::aio
