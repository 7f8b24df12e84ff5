// The event loop as the script sees it: the core Loop on the program's clock, its callbacks and
// handles, running it, creating futures and tasks on it, and its exception handler (CPython's
// default one: the message, the object, the traceback on stderr).
#include "lang/asyncio/script_task.hpp"
#include "lang/asyncio/trace_recorder.hpp"
#include "lang/clock.hpp"
#include "lang/memory.hpp"
#include "lang/threads.hpp"
#include "lang/vm.hpp"

namespace tulip::lang::aio {

// ---- reports on stderr --------------------------------------------------------------------------
// A report made while the collector runs (a future freed with an exception nobody retrieved)
// waits for a point where script code may run.
struct Report {
  std::string text;
  Held exc;
};
static thread_local std::vector<Report>* g_reports = nullptr;

static void print_report(const std::string& text, const Value& exc) {
  VM& m = vm();
  m.flush_out();
  std::string s = text;
  if (exc.is_obj() && exc.o->kind == Kind::Exception)
    s += m.format_traceback(cast<ExcObj>(exc));
  m.write_err(s);
}

void flush_reports() {
  if (!g_reports || vm().heap.in_collect)
    return;
  std::vector<Report> reports = std::move(*g_reports);
  g_reports->clear();
  for (Report& r : reports)
    print_report(r.text, r.exc.get());
}

static void report(std::string text, Value exc) {
  if (vm().heap.in_collect) {
    if (!g_reports)
      g_reports = new std::vector<Report>();
    g_reports->push_back({std::move(text), Held(exc)});
    return;
  }
  flush_reports();
  print_report(text, exc);
}

static bool leaves_loop(ExcObj* e) {
  return exc_matches(e, T().SystemExit) || exc_matches(e, T().KeyboardInterrupt);
}

static void exception_handler(const ExceptionContext& c) {
  Value exc;
  if (c.exception) {
    try {
      std::rethrow_exception(c.exception);
    } catch (const ScriptError& s) {
      if (leaves_loop(cast<ExcObj>(s.exc.get())))
        throw PyError{cast<ExcObj>(s.exc.get())};
      exc = s.exc.get();
    } catch (...) {
      if (!vm().heap.in_collect)
        exc = V(to_python(c.exception));
    }
  }
  std::string text = c.message + "\n";
  if (c.future)
    text += "future: " + c.future->repr() + "\n";
  report(std::move(text), exc);
}

// report(text, exc): `text`, then exc's traceback as the exception handler prints them.
NATIVE(report_exception) {
  UNUSED_NATIVE_ARGS;
  if (!is_str(a[0]))
    type_error("report() needs a str");
  report(std::string(sv(a[0])), a[1].is_none() ? Value() : a[1]);
  return None();
}

// ---- loops --------------------------------------------------------------------------------------
LoopObj::~LoopObj() = default;

LoopObj* loop_of(const Value& v) {
  if (!is_kind(v, Kind::Host) || v.o->type != types().loop)
    type_errorf("expected an event loop core, got '%s'", type_name(v));
  return static_cast<LoopObj*>(v.o);
}

static Loop& L(const Value& v) {
  LoopObj* l = loop_of(v);
  if (!l->loop)
    raise(T().RuntimeError, "Event loop is closed");
  return *l->loop;
}

// A loop's driver: the program's clock, except that an idle loop runs the program's other green
// threads instead of sleeping (they may wake it, through call_soon_threadsafe), and lets them
// run its iterations while they block on top of it (see threads::idle_until).
class ThreadedDriver final : public Driver, public threads::IdleLoop {
public:
  Loop* loop = nullptr;
  // What ends the current run: loop.stop() or this future being done.
  bool stop_requested = false;
  const FutureBase* until = nullptr;

  std::int64_t now_ns() override { return clock().now_ns(); }
  void wait_until(std::int64_t deadline_ns) override { threads::idle_until(deadline_ns, *this); }
  Network* network() override { return clock().network(); }
  std::int64_t next_deadline() override { return loop->next_deadline_ns(); }
  bool stopping() override { return stop_requested || (until && until->done()); }
  void run_once() override { loop->run_once(); }
};

static ThreadedDriver& driver_of(Loop& l) { return static_cast<ThreadedDriver&>(l.driver()); }

// Forgets how the run ended once it has.
struct RunScope {
  ThreadedDriver& driver;
  ~RunScope() {
    driver.stop_requested = false;
    driver.until = nullptr;
  }
};

NATIVE(new_loop) {
  UNUSED_NATIVE_ARGS;
  auto* l = vm().heap.alloc<LoopObj>(types().loop, Kind::Host);
  auto driver = std::make_unique<ThreadedDriver>();
  ThreadedDriver* d = driver.get();
  l->loop = std::make_unique<Loop>(std::move(driver));
  d->loop = l->loop.get();
  l->loop->set_exception_handler(exception_handler);
  if (TraceRecorder* recorder = active_trace_recorder()) // tulip run --trace
    recorder->attach(*l->loop, exception_handler);
  return V(l);
}

NATIVE(loop_time) {
  UNUSED_NATIVE_ARGS;
  return Float(L(a[0]).time());
}

// A callback of call_soon / call_later / call_at: the function and its arguments.
static std::function<void()> script_callback(Value fn, Value args) {
  Held f(fn), as(args);
  return [f, as] {
    try {
      auto& items = cast<TupleObj>(as.get())->items;
      std::vector<Value> av(items.begin(), items.end());
      call(f.get(), av.data(), int(av.size()));
    } catch (PyError& e) {
      if (leaves_loop(e.exc))
        throw ScriptError{V(e.exc)};
      report("Exception in callback " + func_repr_name(f.get()) + "()\nhandle: <Handle " +
                 func_repr_name(f.get()) + "()>\n",
             V(e.exc));
    }
  };
}

struct HandleObj : HostObj {
  Handle handle;
  Value fn;
  void trace(Heap& heap) override { heap.mark(fn); }
};

static Value new_handle(Handle h, Value fn, bool timer) {
  auto* o = vm().heap.alloc<HandleObj>(timer ? types().timer_handle : types().handle, Kind::Host);
  o->handle = std::move(h);
  o->fn = fn;
  return V(o);
}

NATIVE(call_soon) {
  UNUSED_NATIVE_ARGS;
  Loop& l = L(a[0]);
  auto cb = script_callback(a[1], a[2]);
  return new_handle(to_script([&] { return l.call_soon(std::move(cb)); }), a[1], false);
}

NATIVE(call_at) {
  UNUSED_NATIVE_ARGS;
  Loop& l = L(a[0]);
  double when = as_double(a[1]);
  auto cb = script_callback(a[2], a[3]);
  return new_handle(to_script([&] { return l.call_at(when, std::move(cb)); }), a[2], true);
}

static HandleObj* HD(const Value& v) {
  if (!is_kind(v, Kind::Host) || (v.o->type != types().handle && v.o->type != types().timer_handle))
    type_error("expected a Handle");
  return static_cast<HandleObj*>(v.o);
}

NATIVE(handle_cancel) {
  UNUSED_NATIVE_ARGS;
  HD(a[0])->handle.cancel();
  return None();
}
NATIVE(handle_cancelled) {
  UNUSED_NATIVE_ARGS;
  return Bool(HD(a[0])->handle.cancelled());
}
NATIVE(handle_when) {
  UNUSED_NATIVE_ARGS;
  return Float(HD(a[0])->handle.when());
}
NATIVE(handle_repr) {
  UNUSED_NATIVE_ARGS;
  HandleObj* h = HD(a[0]);
  std::string s = h->type == types().timer_handle ? "<TimerHandle" : "<Handle";
  if (h->handle.cancelled())
    s += " cancelled";
  else
    s += " " + func_repr_name(h->fn) + "()";
  return str_val(s + ">");
}

// TimerHandles order by their deadlines, as CPython's.
static Value handle_compare(Value* a, int op) {
  if (!is_kind(a[1], Kind::Host) || a[1].o->type != types().timer_handle)
    return NotImplemented();
  double x = HD(a[0])->handle.when(), y = HD(a[1])->handle.when();
  return Bool(op == 0 ? x < y : op == 1 ? x <= y : op == 4 ? x > y : x >= y);
}
NATIVE(handle_lt) {
  UNUSED_NATIVE_ARGS;
  return handle_compare(a, 0);
}
NATIVE(handle_le) {
  UNUSED_NATIVE_ARGS;
  return handle_compare(a, 1);
}
NATIVE(handle_gt) {
  UNUSED_NATIVE_ARGS;
  return handle_compare(a, 4);
}
NATIVE(handle_ge) {
  UNUSED_NATIVE_ARGS;
  return handle_compare(a, 5);
}

NATIVE(run_until_done) {
  UNUSED_NATIVE_ARGS;
  Loop& l = L(a[0]);
  FutureObj* f = future_obj(a[1]);
  RunScope scope{driver_of(l)};
  scope.driver.until = f->fut.get();
  to_script([&] { l.run_until_done(*f->fut); });
  flush_reports();
  return None();
}

NATIVE(run_forever) {
  UNUSED_NATIVE_ARGS;
  Loop& l = L(a[0]);
  RunScope scope{driver_of(l)};
  to_script([&] { l.run_forever(); });
  flush_reports();
  return None();
}

NATIVE(loop_stop) {
  UNUSED_NATIVE_ARGS;
  driver_of(L(a[0])).stop_requested = true;
  L(a[0]).stop();
  return None();
}

NATIVE(loop_close) {
  UNUSED_NATIVE_ARGS;
  L(a[0]).close();
  return None();
}

NATIVE(loop_is_running) {
  UNUSED_NATIVE_ARGS;
  return Bool(L(a[0]).is_running());
}

NATIVE(loop_is_closed) {
  UNUSED_NATIVE_ARGS;
  return Bool(L(a[0]).is_closed());
}

NATIVE(create_future) {
  UNUSED_NATIVE_ARGS;
  Loop& l = L(a[0]);
  to_script([&] { l.check_open(); });
  auto* f = new ValueFuture(l);
  return future_value(f, a[1]);
}

NATIVE(create_task) {
  UNUSED_NATIVE_ARGS;
  // create_task(core, loop, coro, name)
  Loop& l = L(a[0]);
  Value coro = a[2];
  // As 3.11's asyncio.coroutines.iscoroutine: generators are accepted too.
  if (!is_kind(coro, Kind::Generator) || cast<GenObj>(coro)->gkind == GenKind::AsyncGenerator)
    type_error("a coroutine was expected, got " + repr(coro));
  std::string name = a[3].is_none() ? std::string() : to_str(a[3]);
  to_script([&] { l.check_open(); });
  auto* t = new ScriptTask(l, coro, a[1], name);
  Value v = future_value(t, a[1]);
  t->start();
  return v;
}

NATIVE(current_task) {
  UNUSED_NATIVE_ARGS;
  TaskBase* t = tulip::detail::running.task;
  if (!t)
    return None();
  if (n > 0 && !a[0].is_none() && &L(a[0]) != &t->loop())
    return None();
  return future_value(t, None());
}

// all_tasks(core[, as_list]): the pending tasks, a set (or a list in creation order).
NATIVE(all_tasks) {
  UNUSED_NATIVE_ARGS;
  Loop& l = L(a[0]);
  bool as_list = n > 1 && truthy(a[1]);
  Value out = as_list ? V(new_list()) : V(new_set());
  RootGuard g(&out);
  for (auto& t : l.all_tasks()) {
    if (t->done())
      continue;
    Value tv = future_value(t.get(), None());
    if (as_list)
      list_append(cast<ListObj>(out), tv);
    else
      set_add(cast<SetObj>(out), tv);
  }
  return out;
}

NATIVE(running_core) {
  UNUSED_NATIVE_ARGS;
  return Bool(tulip::running_loop() != nullptr);
}

void init_events(DictObj* module) {
  BindingTypes& t = types();
  t.loop = host_type("LoopCore", "_tulip");
  t.handle = host_type("Handle", "asyncio.events");
  t.timer_handle = host_type("TimerHandle", "asyncio.events");
  for (TypeObj* ty : {t.handle, t.timer_handle}) {
    add_method(ty, "cancel", handle_cancel);
    add_method(ty, "cancelled", handle_cancelled);
    add_method(ty, "__repr__", handle_repr);
  }
  add_method(t.timer_handle, "when", handle_when);
  add_method(t.timer_handle, "__lt__", handle_lt);
  add_method(t.timer_handle, "__le__", handle_le);
  add_method(t.timer_handle, "__gt__", handle_gt);
  add_method(t.timer_handle, "__ge__", handle_ge);
  add_function(module, "new_loop", new_loop);
  add_function(module, "loop_time", loop_time);
  add_function(module, "call_soon", call_soon);
  add_function(module, "call_at", call_at);
  add_function(module, "run_until_done", run_until_done);
  add_function(module, "run_forever", run_forever);
  add_function(module, "loop_stop", loop_stop);
  add_function(module, "loop_close", loop_close);
  add_function(module, "loop_is_running", loop_is_running);
  add_function(module, "loop_is_closed", loop_is_closed);
  add_function(module, "create_future", create_future);
  add_function(module, "create_task", create_task);
  add_function(module, "current_task", current_task);
  add_function(module, "all_tasks", all_tasks);
  add_function(module, "report", report_exception);
  add_function(module, "running_core", running_core);
}

} // namespace tulip::lang::aio
