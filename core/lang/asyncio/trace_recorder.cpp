// The trace recorder: core events in, JSON out (schema: trace.md).
#include "lang/asyncio/trace_recorder.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "lang/asyncio/script_task.hpp"
#include "lang/clock.hpp"
#include "lang/float_chars.hpp"
#include "lang/runtime.hpp"

namespace tulip::lang::aio {

namespace {

// Results are shown as a repr cut to this many bytes.
constexpr std::size_t kMaxRepr = 200;

thread_local TraceRecorder* g_active = nullptr;

std::int64_t steady_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// ---- JSON output ----------------------------------------------------------------------------
// Strings come out as pure ASCII: every other code point as \uXXXX (UTF-16, surrogate pairs
// above U+FFFF), so the file is valid whatever a script's strings hold; bytes that are not
// UTF-8 become U+FFFD.
void put_u16(std::string& out, unsigned unit) {
  static const char* const hex = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4)
    out += hex[(unit >> shift) & 0xf];
}

void put_str(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7f)
          put_u16(out, c);
        else
          out += static_cast<char>(c);
      }
      continue;
    }
    int len = c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    unsigned cp = len == 4 ? c & 0x07u : len == 3 ? c & 0x0fu : c & 0x1fu;
    bool ok = len > 0 && i + static_cast<std::size_t>(len) <= s.size();
    for (int k = 1; ok && k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      ok = (cc & 0xc0) == 0x80;
      cp = (cp << 6) | (cc & 0x3fu);
    }
    if (!ok || cp > 0x10ffff || (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && cp < 0x10000)) {
      put_u16(out, 0xfffd);
      ++i;
      continue;
    }
    i += static_cast<std::size_t>(len);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      put_u16(out, 0xd800 + (cp >> 10));
      put_u16(out, 0xdc00 + (cp & 0x3ff));
    } else {
      put_u16(out, cp); // a lone surrogate too: JSON readers accept it
    }
  }
  out += '"';
}

// A number in its shortest round-trip form (0.1, not 0.10000000000000001); null if not finite.
void put_num(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[32];
  out.append(buf, write_shortest(v, buf, buf + sizeof buf));
}

// `v` rounded to 10^-decimals, in fixed notation through integers: printf's %f goes through
// long double, which wasm emulates in software, and a trace prints several numbers per event.
// Trailing zeros are dropped when `strip` (3 and 0.1, not 3.000000 and 0.100000). Null if not
// finite.
void put_fixed(std::string& out, double v, int decimals, bool strip) {
  static constexpr double kScale[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  double scaled = v * kScale[decimals];
  if (!std::isfinite(v) || std::fabs(scaled) >= 9e18) {
    put_num(out, v);
    return;
  }
  long long units = std::llround(scaled);
  if (units < 0) {
    out += '-';
    units = -units;
  }
  char digits[24];
  int n = 0;
  for (; units > 0 || n <= decimals; units /= 10)
    digits[n++] = char('0' + units % 10);
  std::reverse(digits, digits + n);
  int whole = n - decimals;
  int last = n;
  if (strip)
    while (last > whole && digits[last - 1] == '0')
      --last;
  out.append(digits, std::size_t(whole));
  if (last > whole) {
    out += '.';
    out.append(digits + whole, std::size_t(last - whole));
  }
}

// Loop times, in seconds to the microsecond.
void put_time(std::string& out, double t) { put_fixed(out, t, 6, true); }

// Milliseconds, to the microsecond (3 decimals).
void put_ms(std::string& out, double ms) { put_fixed(out, ms, 3, false); }

void put_key(std::string& out, std::string_view key) {
  out += ",\"";
  out += key;
  out += "\":";
}

// ---- script values in words, without running script code --------------------------------------

std::string value_repr(const Value& v, int depth) {
  if (!v.is_obj())
    return repr(v); // None, bools, ints, floats
  const Types& t = T();
  TypeObj* type = v.o->type;
  if (type == t.str || type == t.bytes || type == t.int_ || type == t.float_ || type == t.range)
    return repr(v);
  if (v.o->kind == Kind::Exception) {
    auto* e = cast<ExcObj>(v);
    std::string s = std::string(sv(e->type->name)) + "(";
    if (e->args)
      for (std::size_t i = 0; i < e->args->items.size() && s.size() < kMaxRepr; ++i)
        s += (i ? ", " : "") + value_repr(e->args->items[i], depth + 1);
    return s + ")";
  }
  if (depth < 3 && (type == t.list || type == t.tuple)) {
    const std::vector<Value>& items =
        type == t.list ? cast<ListObj>(v)->items : cast<TupleObj>(v)->items;
    std::string s = type == t.list ? "[" : "(";
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (s.size() > kMaxRepr) {
        s += ", ...";
        break;
      }
      s += (i ? ", " : "") + value_repr(items[i], depth + 1);
    }
    if (type == t.tuple && items.size() == 1)
      s += ",";
    return s + (type == t.list ? "]" : ")");
  }
  if (depth < 3 && type == t.dict) {
    std::string s = "{";
    bool first = true;
    for (const DictEntry& entry : cast<DictObj>(v)->entries) {
      if (entry.key.is_null())
        continue;
      if (s.size() > kMaxRepr) {
        s += ", ...";
        break;
      }
      s += (first ? "" : ", ") + value_repr(entry.key, depth + 1) + ": " +
           value_repr(entry.value, depth + 1);
      first = false;
    }
    return s + "}";
  }
  return "<" + std::string(sv(type->name)) + " object>";
}

// Cuts `s` to about kMaxRepr bytes, at a character boundary.
std::string shortened(std::string s) {
  if (s.size() <= kMaxRepr)
    return s;
  std::size_t cut = kMaxRepr;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xc0) == 0x80)
    --cut;
  s.resize(cut);
  return s + "...";
}

std::string safe_value_repr(const Value& v) {
  try {
    return shortened(value_repr(v, 0));
  } catch (...) {
    return "<" + std::string(type_name(v)) + " object>";
  }
}

// str(exc) as far as it is known without running script code: its one argument, or the
// repr of its arguments.
std::string exception_text(ExcObj* e) {
  if (!e->args || e->args->items.empty())
    return "";
  const std::vector<Value>& args = e->args->items;
  // KeyError shows its key as a repr, as its __str__ does.
  if (args.size() == 1 && !(is_str(args[0]) && !isinstance(V(e), T().KeyError)))
    return safe_value_repr(args[0]);
  if (args.size() == 1)
    return shortened(std::string(sv(args[0])));
  return safe_value_repr(V(e->args));
}

// What a script task awaits, from the binding's name for the awaitable and the core's event.
struct AwaitDescription {
  std::string on;    // a category: sleep, task, future, gather, wait, wait_for, Queue.get, ...
  std::string label; // in words: sleep(0.1), Task-3, wait_for(Task-3), Queue.get, ...
  double delay = -1; // sleep's delay, when known
  const TaskBase* target = nullptr;
};

std::string number_text(double v) {
  std::string s;
  put_num(s, v);
  return s;
}

AwaitDescription describe_await(const ScriptTask* task, const TraceEvent& e) {
  AwaitDescription d;
  std::string_view core = e.what;
  std::string_view awaiting = task ? task->awaiting() : std::string_view();
  const FutureBase* target = task ? task->awaiting_target() : nullptr;
  if (!target && core == "Task" && e.object)
    target = static_cast<const FutureBase*>(e.object);
  if (target && target->is_task())
    d.target = static_cast<const TaskBase*>(target);
  std::string target_name = d.target ? d.target->get_name() : "Future";
  if (core == "sleep" || core == "sleep(0)") {
    d.on = "sleep";
    d.delay = core == "sleep" ? e.value : 0;
    d.label = "sleep(" + number_text(d.delay) + ")";
  } else if (awaiting == "wait_for") {
    d.on = "wait_for";
    d.label = "wait_for(" + target_name + ")";
  } else if (awaiting == "_wait_for_one") {
    d.on = d.label = "as_completed";
  } else if (!awaiting.empty()) {
    d.on = d.label = std::string(awaiting); // gather, wait, Queue.join, Barrier.wait, ...
  } else if (core == "Task") {
    d.on = "task";
    d.label = target_name;
  } else if (core == "Future") {
    d.on = "future";
    d.label = "Future";
  } else {
    d.on = d.label = std::string(core); // Queue.get, Lock.acquire, Event.wait, ...
  }
  return d;
}

// What a timer is for: the await that armed it, or a callback (call_later, call_at, timeout
// scopes, as_completed's timeout).
std::string timer_purpose(const ScriptTask* task) {
  std::string_view awaiting = task ? task->awaiting() : std::string_view();
  if (awaiting == "sleep" || awaiting == "wait_for" || awaiting == "wait")
    return std::string(awaiting);
  return "callback";
}

} // namespace

// ---- recorder -----------------------------------------------------------------------------------
struct TraceRecorder::Tap final : Tracer {
  TraceRecorder* recorder;
  Loop* loop;
  int id;
  double created_t, created_ms;
  std::uint64_t stepping = 0; // the task whose step runs on this loop, 0 if none
  Tap(TraceRecorder* r, Loop* l, int i, double t, double ms)
      : recorder(r), loop(l), id(i), created_t(t), created_ms(ms) {}
  void on_event(const TraceEvent& e) override { recorder->on_event(*this, e); }
};

TraceRecorder::TraceRecorder(bool virtual_clock, bool keep_history, std::size_t max_events)
    : virtual_clock_(virtual_clock), keep_history_(keep_history), max_events_(max_events),
      start_real_ns_(steady_ns()), start_t_(clock_monotonic()),
      self_(std::make_shared<TraceRecorder*>(this)) {
  SocketTransport::set_observer(this);
}

TraceRecorder::~TraceRecorder() {
  SocketTransport::set_observer(nullptr);
  *self_ = nullptr;
  for (auto& tap : taps_)
    if (tulip::detail::loop_alive(tap->loop))
      tap->loop->set_tracer(nullptr);
}

double TraceRecorder::ms_of(std::int64_t real_ns) const noexcept {
  return static_cast<double>(real_ns - start_real_ns_) / 1e6;
}

void TraceRecorder::attach(Loop& loop, ExceptionHandler handler) {
  int id = static_cast<int>(taps_.size()) + 1;
  double t = loop.time(), ms = ms_of(steady_ns());
  taps_.push_back(std::make_unique<Tap>(this, &loop, id, t, ms));
  if (!stopped_)
    loop.set_tracer(taps_.back().get());
  loop.set_exception_handler(
      [self = self_, handler = std::move(handler)](const ExceptionContext& context) {
        if (*self)
          (*self)->on_report(context);
        handler(context);
      });
  if (begin_event("loop_created", t, ms, id, 0))
    end_event();
}

bool TraceRecorder::begin_event(std::string_view kind, double t, double ms, int loop,
                                std::uint64_t task) {
  if (stopped_)
    return false;
  if (event_count_ >= max_events_) {
    truncated_ = true;
    if (!keep_history_)
      stop_stream(t, ms);
    return false;
  }
  open_event(kind, t, ms);
  ++event_count_;
  if (loop) {
    put_key(events_, "loop");
    events_ += std::to_string(loop);
  }
  if (task) {
    put_key(events_, "task");
    events_ += std::to_string(task);
  }
  return true;
}

void TraceRecorder::end_event() { events_ += '}'; }

void TraceRecorder::open_event(std::string_view kind, double t, double ms) {
  if (!events_.empty())
    events_ += ',';
  events_ += "{\"seq\":" + std::to_string(event_count_);
  put_key(events_, "kind");
  put_str(events_, kind);
  put_key(events_, "t");
  put_time(events_, t);
  put_key(events_, "ms");
  put_ms(events_, ms);
}

void TraceRecorder::stop_stream(double t, double ms) {
  open_event("trace_stopped", t, ms);
  put_key(events_, "events");
  events_ += std::to_string(event_count_);
  end_event();
  stopped_ = true;
  for (auto& tap : taps_)
    if (tulip::detail::loop_alive(tap->loop))
      tap->loop->set_tracer(nullptr);
}

TraceRecorder::TaskRecord* TraceRecorder::task_record(std::uint64_t id) {
  auto it = tasks_.find(id);
  return it == tasks_.end() ? nullptr : &it->second;
}

void TraceRecorder::close_slice(TaskRecord& task, double t, double ms) {
  if (!task.running)
    return;
  task.running = false;
  if (truncated_ || slice_count_ >= max_events_)
    return;
  task.open.t1 = t;
  task.open.ms1 = ms;
  task.slices.push_back(task.open);
  ++slice_count_;
}

int TraceRecorder::object_id(std::unordered_map<const void*, int>& ids, int& next,
                             const void* object) {
  auto [it, added] = ids.try_emplace(object, next);
  if (added)
    ++next;
  return it->second;
}

void TraceRecorder::on_event(Tap& tap, const TraceEvent& e) {
  if (stopped_)
    return;
  double ms = ms_of(e.real_ns);
  const auto* script_task = dynamic_cast<const ScriptTask*>(e.task);
  TaskRecord* task = e.task_id ? task_record(e.task_id) : nullptr;
  switch (e.kind) {
  case TraceKind::task_created: {
    TaskRecord& r = tasks_[e.task_id];
    r.id = e.task_id;
    r.loop = tap.id;
    r.name = e.task->get_name();
    if (script_task) {
      r.coro = script_task->coro_qualname();
      r.defined_at = script_task->defined_at();
    } else {
      r.coro = "(asyncio internals)"; // a server accepting a connection, a lookup
    }
    const TaskBase* parent = tap.loop->current_task();
    r.parent = parent && parent != e.task ? parent->id() : 0;
    r.created_t = e.loop_time;
    r.created_ms = ms;
    if (!begin_event("task_created", e.loop_time, ms, tap.id, e.task_id))
      return;
    put_key(events_, "name");
    put_str(events_, r.name);
    put_key(events_, "coro");
    put_str(events_, r.coro);
    if (r.parent) {
      put_key(events_, "parent");
      events_ += std::to_string(r.parent);
    }
    end_event();
    return;
  }
  case TraceKind::task_started:
  case TraceKind::task_resumed:
    // A step of another task of this loop means the previous one is over (steps never nest).
    if (tap.stepping && tap.stepping != e.task_id)
      if (TaskRecord* previous = task_record(tap.stepping))
        close_slice(*previous, e.loop_time, ms);
    tap.stepping = e.task_id;
    if (task) {
      task->running = true;
      task->open = {e.loop_time, e.loop_time, ms, ms};
    }
    if (begin_event(to_string(e.kind), e.loop_time, ms, tap.id, e.task_id))
      end_event();
    return;
  case TraceKind::task_suspended: {
    if (tap.stepping == e.task_id)
      tap.stepping = 0;
    if (task)
      close_slice(*task, e.loop_time, ms);
    AwaitDescription d = describe_await(script_task, e);
    if (!begin_event("task_suspended", e.loop_time, ms, tap.id, e.task_id))
      return;
    put_key(events_, "on");
    put_str(events_, d.on);
    put_key(events_, "label");
    put_str(events_, d.label);
    if (d.delay >= 0) {
      put_key(events_, "delay");
      put_num(events_, d.delay);
    }
    if (d.target) {
      put_key(events_, "target");
      events_ += std::to_string(d.target->id());
    }
    if (script_task) {
      std::string function;
      std::string where = script_task->await_location(&function);
      put_key(events_, "where");
      put_str(events_, where);
      put_key(events_, "in");
      put_str(events_, function);
    }
    end_event();
    return;
  }
  case TraceKind::task_done:
  case TraceKind::task_cancelled:
  case TraceKind::task_raised: {
    if (!task)
      return;
    if (task->state != "pending")
      return; // a raised task's step also reports it done
    if (tap.stepping == e.task_id)
      tap.stepping = 0;
    close_slice(*task, e.loop_time, ms);
    task->end_t = e.loop_time;
    task->end_ms = ms;
    task->name = e.task->get_name();
    if (e.kind == TraceKind::task_done) {
      task->state = "done";
      if (script_task)
        task->result = safe_value_repr(script_task->result_value());
    } else if (e.kind == TraceKind::task_cancelled) {
      task->state = "cancelled";
      if (!task->ending_noted)
        task->cancel_message = e.task->cancel_message();
    } else {
      task->state = "raised";
      if (!task->ending_noted)
        task->exc_message = std::string(e.what);
    }
    if (!begin_event(to_string(e.kind), e.loop_time, ms, tap.id, e.task_id))
      return;
    if (e.kind == TraceKind::task_done && script_task) {
      put_key(events_, "result");
      put_str(events_, task->result);
    } else if (e.kind == TraceKind::task_cancelled && task->cancel_message) {
      put_key(events_, "message");
      put_str(events_, *task->cancel_message);
    } else if (e.kind == TraceKind::task_raised) {
      put_key(events_, "type");
      put_str(events_, task->exc_type);
      put_key(events_, "message");
      put_str(events_, task->exc_message);
    }
    end_event();
    return;
  }
  case TraceKind::timer_armed: {
    int id = next_timer_++;
    timers_[e.object] = {id, e.value};
    if (!begin_event("timer_armed", e.loop_time, ms, tap.id, e.task_id))
      return;
    put_key(events_, "timer");
    events_ += std::to_string(id);
    put_key(events_, "when");
    put_time(events_, e.value);
    put_key(events_, "delay");
    put_time(events_, e.value - e.loop_time);
    put_key(events_, "for");
    put_str(events_, timer_purpose(script_task));
    end_event();
    return;
  }
  case TraceKind::timer_fired: {
    auto it = timers_.find(e.object);
    int id = it == timers_.end() ? 0 : it->second.id;
    if (it != timers_.end())
      timers_.erase(it);
    // Timers fire in deadline order: one armed for earlier that is still listed was cancelled.
    if (timers_.size() > timers_pruned_at_) {
      std::erase_if(timers_, [&](const auto& entry) { return entry.second.when < e.value; });
      timers_pruned_at_ = std::max<std::size_t>(64, 2 * timers_.size());
    }
    if (!begin_event("timer_fired", e.loop_time, ms, tap.id, 0))
      return;
    put_key(events_, "timer");
    events_ += std::to_string(id);
    put_key(events_, "when");
    put_time(events_, e.value);
    end_event();
    return;
  }
  case TraceKind::queue_put:
  case TraceKind::queue_get:
  case TraceKind::lock_acquire:
  case TraceKind::lock_release: {
    bool queue = e.kind == TraceKind::queue_put || e.kind == TraceKind::queue_get;
    int id =
        queue ? object_id(queues_, next_queue_, e.object) : object_id(locks_, next_lock_, e.object);
    if (!begin_event(to_string(e.kind), e.loop_time, ms, tap.id, e.task_id))
      return;
    put_key(events_, queue ? "queue" : "lock");
    events_ += std::to_string(id);
    end_event();
    return;
  }
  }
}

void TraceRecorder::task_ending(const ScriptTask& task, ExcObj* exc) {
  if (stopped_)
    return;
  TaskRecord* r = task_record(task.id());
  if (!r)
    return;
  r->ending_noted = true;
  if (isinstance(V(exc), cast<TypeObj>(types().cancelled.get()))) {
    if (exc->args && !exc->args->items.empty())
      r->cancel_message = exception_text(exc);
    return;
  }
  r->exc_type = std::string(sv(exc->type->name));
  r->exc_message = exception_text(exc);
}

void TraceRecorder::cancel_delivered(const ScriptTask& task,
                                     const std::optional<std::string>& message) {
  if (stopped_)
    return;
  TaskRecord* r = task_record(task.id());
  if (!r)
    return;
  if (!begin_event("task_cancel_delivered", task.loop().time(), ms_of(steady_ns()), r->loop, r->id))
    return;
  if (message) {
    put_key(events_, "message");
    put_str(events_, *message);
  }
  end_event();
}

void TraceRecorder::on_report(const ExceptionContext& context) {
  if (stopped_)
    return;
  if (!context.future || !context.future->is_task() ||
      context.message != "Task exception was never retrieved")
    return;
  auto* task = static_cast<const TaskBase*>(context.future);
  TaskRecord* r = task_record(task->id());
  if (!r)
    return;
  r->unretrieved = true;
  double ms = ms_of(steady_ns());
  if (begin_event("task_unretrieved", task->loop().time(), ms, r->loop, r->id))
    end_event();
}

void TraceRecorder::blocked(Loop& loop, std::uint64_t task_id, const std::string& call,
                            double since_t, std::int64_t since_real_ns) {
  if (stopped_)
    return;
  int loop_id = 0;
  for (auto& tap : taps_)
    if (tap->loop == &loop)
      loop_id = tap->id; // the latest loop at that address
  if (!loop_id)
    return;
  double t = loop.time(), ms = ms_of(steady_ns()), since_ms = ms_of(since_real_ns);
  if (TaskRecord* r = task_id ? task_record(task_id) : nullptr; r && !truncated_)
    r->blocks.push_back({call, since_t, t, since_ms, ms});
  if (!begin_event("blocked", t, ms, loop_id, task_id))
    return;
  put_key(events_, "call");
  put_str(events_, call);
  put_key(events_, "since_t");
  put_time(events_, since_t);
  put_key(events_, "since_ms");
  put_ms(events_, since_ms);
  end_event();
}

// ---- streams ------------------------------------------------------------------------------------
static std::string address_text(const std::optional<Address>& a) {
  if (!a)
    return "";
  return (a->ipv6 ? "[" + a->host + "]" : a->host) + ":" + std::to_string(a->port);
}

bool TraceRecorder::begin_stream_event(const char* kind, const Transport& transport) {
  Loop* loop = tulip::running_loop();
  if (stopped_ || !loop)
    return false;
  int loop_id = 0;
  for (auto& tap : taps_)
    if (tap->loop == loop)
      loop_id = tap->id;
  TaskBase* task = loop->current_task();
  if (!begin_event(kind, loop->time(), ms_of(steady_ns()), loop_id, task ? task->id() : 0))
    return false;
  put_key(events_, "conn");
  events_ += std::to_string(transport.id());
  return true;
}

void TraceRecorder::on_opened(const Transport& transport, bool accepted) {
  if (!begin_stream_event("stream_opened", transport))
    return;
  put_key(events_, "transport");
  put_str(events_, transport.kind());
  put_key(events_, "side");
  put_str(events_, accepted ? "server" : "client");
  put_key(events_, "local");
  put_str(events_, address_text(transport.sockname()));
  put_key(events_, "peer");
  put_str(events_, address_text(transport.peername()));
  end_event();
}

void TraceRecorder::on_closed(const Transport& transport) {
  if (begin_stream_event("stream_closed", transport))
    end_event();
}

void TraceRecorder::stream_bytes(const Transport& transport, bool written, std::string_view data,
                                 const char* how) {
  if (!begin_stream_event(written ? "stream_write" : "stream_read", transport))
    return;
  put_key(events_, "bytes");
  events_ += std::to_string(data.size());
  put_key(events_, "how");
  put_str(events_, how);
  // What the bytes say, as Python shows bytes, cut short: enough to follow a conversation.
  constexpr std::size_t kShown = 48;
  std::string_view head = data.substr(0, kShown);
  bool single = head.find('\'') == std::string_view::npos || head.find('"') != std::string_view::npos;
  std::string shown = single ? "b'" : "b\"";
  for (unsigned char c : head) {
    if (c == '\\' || (single && c == '\'')) {
      shown += '\\';
      shown += char(c);
    } else if (c == '\n') {
      shown += "\\n";
    } else if (c == '\r') {
      shown += "\\r";
    } else if (c == '\t') {
      shown += "\\t";
    } else if (c < 0x20 || c >= 0x7f) {
      static const char hex[] = "0123456789abcdef";
      shown += "\\x";
      shown += hex[c >> 4];
      shown += hex[c & 15];
    } else {
      shown += char(c);
    }
  }
  shown += single ? '\'' : '"';
  if (data.size() > kShown)
    shown += "...";
  put_key(events_, "data");
  put_str(events_, shown);
  end_event();
}

std::string TraceRecorder::take_batch() {
  std::size_t from = batch_start_;
  if (from < events_.size() && events_[from] == ',')
    ++from; // the separator from the previous batch's last event
  std::string batch = "[";
  batch.append(events_, from);
  batch += ']';
  if (keep_history_) {
    batch_start_ = events_.size();
  } else {
    events_.clear();
    batch_start_ = 0;
  }
  return batch;
}

void TraceRecorder::task_json(std::string& out, const TaskRecord& task) const {
  out += "{\"id\":" + std::to_string(task.id);
  put_key(out, "name");
  put_str(out, task.name);
  put_key(out, "coro");
  put_str(out, task.coro);
  put_key(out, "defined_at");
  put_str(out, task.defined_at);
  put_key(out, "loop");
  out += std::to_string(task.loop);
  put_key(out, "parent");
  out += task.parent ? std::to_string(task.parent) : "null";
  put_key(out, "created_t");
  put_time(out, task.created_t);
  put_key(out, "created_ms");
  put_ms(out, task.created_ms);
  put_key(out, "state");
  put_str(out, task.state);
  if (task.state != "pending") {
    put_key(out, "end_t");
    put_time(out, task.end_t);
    put_key(out, "end_ms");
    put_ms(out, task.end_ms);
  }
  if (task.state == "done") {
    put_key(out, "result");
    put_str(out, task.result);
  } else if (task.state == "cancelled") {
    put_key(out, "cancel_message");
    if (task.cancel_message)
      put_str(out, *task.cancel_message);
    else
      out += "null";
  } else if (task.state == "raised") {
    put_key(out, "exception");
    out += "{\"type\":";
    put_str(out, task.exc_type);
    put_key(out, "message");
    put_str(out, task.exc_message);
    put_key(out, "unretrieved");
    out += task.unretrieved ? "true" : "false";
    out += '}';
  }
  put_key(out, "slices");
  out += '[';
  auto put_slice = [&out](const Slice& s) {
    out += '[';
    put_time(out, s.t0);
    out += ',';
    put_time(out, s.t1);
    out += ',';
    put_ms(out, s.ms0);
    out += ',';
    put_ms(out, s.ms1);
    out += ']';
  };
  for (std::size_t i = 0; i < task.slices.size(); ++i) {
    if (i)
      out += ',';
    put_slice(task.slices[i]);
  }
  out += ']';
  if (task.running) { // a step that never ended (the program left from inside it)
    put_key(out, "running_since");
    out += '[';
    put_time(out, task.open.t0);
    out += ',';
    put_ms(out, task.open.ms0);
    out += ']';
  }
  put_key(out, "blocked");
  out += '[';
  for (std::size_t i = 0; i < task.blocks.size(); ++i) {
    const Block& b = task.blocks[i];
    out += i ? ",{\"call\":" : "{\"call\":";
    put_str(out, b.call);
    put_key(out, "t0");
    put_time(out, b.t0);
    put_key(out, "t1");
    put_time(out, b.t1);
    put_key(out, "ms0");
    put_ms(out, b.ms0);
    put_key(out, "ms1");
    put_ms(out, b.ms1);
    out += '}';
  }
  out += "]}";
}

std::string TraceRecorder::tasks_json() const {
  std::string out = "[";
  bool first = true;
  for (const auto& [id, task] : tasks_) {
    if (!first)
      out += ',';
    first = false;
    task_json(out, task);
  }
  return out + "]";
}

std::string TraceRecorder::document() const {
  std::string out = "{\"version\":1";
  put_key(out, "clock");
  put_str(out, virtual_clock_ ? "virtual" : "real");
  put_key(out, "start_t");
  put_time(out, start_t_);
  put_key(out, "truncated");
  out += truncated_ ? "true" : "false";
  put_key(out, "loops");
  out += '[';
  for (std::size_t i = 0; i < taps_.size(); ++i) {
    out += (i ? ",{\"id\":" : "{\"id\":") + std::to_string(taps_[i]->id);
    put_key(out, "created_t");
    put_time(out, taps_[i]->created_t);
    put_key(out, "created_ms");
    put_ms(out, taps_[i]->created_ms);
    out += '}';
  }
  out += ']';
  put_key(out, "tasks");
  out += tasks_json();
  put_key(out, "events");
  out += '[';
  out += events_; // without the history, only the events not yet taken
  out += "]}\n";
  return out;
}

bool TraceRecorder::write_file(const std::string& path, std::string& error) const {
  // stdio, not fstream: the page's runtime then links no iostreams at all.
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) {
    error = std::strerror(errno);
    return false;
  }
  std::string doc = document();
  bool written = std::fwrite(doc.data(), 1, doc.size(), file) == doc.size();
  if (std::fclose(file) != 0 || !written) {
    error = std::strerror(errno ? errno : EIO);
    return false;
  }
  return true;
}

// ---- the active recorder and blocking calls -----------------------------------------------------
TraceRecorder* active_trace_recorder() noexcept { return g_active; }

ActiveTraceRecorder::ActiveTraceRecorder(TraceRecorder& recorder) noexcept
    : previous_(std::exchange(g_active, &recorder)) {}

ActiveTraceRecorder::~ActiveTraceRecorder() { g_active = previous_; }

BlockingCall::BlockingCall(std::string_view function, const Value& arg) {
  Loop* loop = tulip::running_loop();
  if (!g_active || !loop || !loop->tracing())
    return;
  recorder_ = g_active;
  loop_ = loop;
  if (const TaskBase* task = loop->current_task())
    task_id_ = task->id();
  call_ = std::string(function) + "(" + safe_value_repr(arg) + ")";
  since_t_ = loop->time();
  since_real_ns_ = steady_ns();
}

BlockingCall::~BlockingCall() {
  if (recorder_ && recorder_ == g_active)
    recorder_->blocked(*loop_, task_id_, call_, since_t_, since_real_ns_);
}

} // namespace tulip::lang::aio
