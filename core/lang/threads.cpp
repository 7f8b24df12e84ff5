// Green threads (see threads.hpp). The scheduler runs at the top level of the program: each turn
// resumes one thread's frames with a budget; when the budget runs out or the thread sleeps or
// waits (it asks for a switch by zeroing the budget), the VM returns Preempted with the frames
// intact, and the scheduler saves them and picks the next thread.
#include "lang/threads.hpp"

#include <vector>

#include "lang/clock.hpp"
#include "lang/memory.hpp"
#include "lang/modules.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

// The VM's preemption internals, for the scheduler only.
struct VMAccess {
  static Frame*& preempted_entry(VM& m) { return m.preempted_entry_; }
  static bool& allow_preempt(VM& m) { return m.allow_preempt_; }
  static RunStatus run(VM& m, Frame* f, Value& result) { return m.run(f, result); }
  static void bind_args(VM& m, Frame* f, FuncObj* fn, Value* args, int n, const Kw& kw) {
    m.bind_args(f, fn, args, n, kw);
  }
};

namespace threads {

namespace {

constexpr int64_t kSlice = 20000; // budget units per turn when several threads are alive

enum class State { fresh, runnable, yielding, sleeping, waiting, done };

struct Thread {
  // What the thread runs: target(*args, **kwargs); `object` is its threading.Thread.
  Value target, args, kwargs, object;
  bool daemon = false;
  State state = State::runnable;
  int64_t wake_ns = kNoDeadline; // sleeping / waiting with a timeout
  // Saved while another thread runs:
  Frame* top = nullptr;
  Frame* entry = nullptr;
  int depth = 0;
  Value cur_exc;
};

struct Scheduler {
  std::vector<Thread> threads; // [0] is the main thread
  size_t current = 0;
  size_t next_hint = 0; // a thread just started runs next (as after CPython's start())
  bool active = false;  // run_main is scheduling
};
thread_local Scheduler* g_sched = nullptr;

size_t alive_count(const Scheduler& s) {
  size_t n = 0;
  for (auto& t : s.threads)
    n += t.state != State::done;
  return n;
}

// Whether the running code can give up its turn: it runs at the top level of its thread, not
// inside a native that called back into Python (an event loop, a sort key, a generator).
bool can_switch(VM& m) {
  if (!g_sched || !g_sched->active)
    return false;
  for (Frame* f = m.top; f; f = f->back)
    if (f->is_entry && f->back)
      return false;
  return true;
}

void request_switch(VM& m) { m.budget = 0; }

void save(VM& m, Thread& t) {
  t.top = m.top;
  t.entry = VMAccess::preempted_entry(m);
  t.depth = m.depth;
  t.cur_exc = m.cur_exc;
  m.top = nullptr;
  VMAccess::preempted_entry(m) = nullptr;
  m.depth = 0;
  m.cur_exc = Value();
}

void report_thread_exception(VM& m, Value thread, ExcObj* e) {
  if (exc_matches(e, T().SystemExit))
    return;
  std::string name = "Thread";
  try {
    name = to_str(getattr(thread, intern("name")));
  } catch (PyError&) {
  }
  m.flush_out();
  m.write_err("Exception in thread " + name + ":\n" + m.format_traceback(e));
}

// Runs thread `i` for one turn. Returns true when it ended.
bool run_turn(VM& m, Scheduler& s, size_t i, ExcObj** main_exc) {
  Thread& t = s.threads[i];
  s.current = i;
  m.budget = alive_count(s) > 1 ? kSlice : -1;
  Value result;
  RunStatus st;
  try {
    if (t.state == State::fresh) {
      t.state = State::runnable;
      // The target's frame is the thread's entry, so that the budget can preempt it (a call
      // made by a native would not be preemptible). Other callables run in one turn.
      Value target = t.target;
      std::vector<Value> av = to_vector(t.args);
      if (is_kind(target, Kind::BoundMethod)) {
        av.insert(av.begin(), cast<BoundMethodObj>(target)->self);
        target = cast<BoundMethodObj>(target)->func;
      }
      std::vector<Value> names, vals;
      if (is_dict(t.kwargs))
        for (auto& e : cast<DictObj>(t.kwargs)->entries)
          if (!e.key.is_null()) {
            names.push_back(e.key);
            vals.push_back(e.value);
          }
      Kw kw{int(names.size()), names.data(), vals.data()};
      if (is_kind(target, Kind::Function) &&
          !(cast<FuncObj>(target)->code->flags &
            (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
        auto* fn = cast<FuncObj>(target);
        Frame* f = m.new_frame(fn->code, fn, fn->globals);
        VMAccess::bind_args(m, f, fn, av.data(), int(av.size()), kw);
        f->is_entry = true;
        f->back = nullptr;
        m.top = f;
        m.depth = 1;
        VMAccess::allow_preempt(m) = true;
        st = VMAccess::run(m, f, result);
      } else {
        call(target, av.data(), int(av.size()), kw);
        st = RunStatus::Returned;
      }
    } else {
      t.state = State::runnable;
      m.top = t.top;
      VMAccess::preempted_entry(m) = t.entry;
      m.depth = t.depth;
      m.cur_exc = t.cur_exc;
      t.top = t.entry = nullptr;
      st = m.resume_preempted(result);
    }
  } catch (PyError& e) {
    m.top = nullptr;
    m.depth = 0;
    m.cur_exc = Value();
    if (i == 0)
      *main_exc = e.exc;
    else
      report_thread_exception(m, t.object, e.exc);
    st = RunStatus::Returned;
  }
  if (st == RunStatus::Preempted) {
    save(m, t);
    return false;
  }
  m.top = nullptr;
  m.depth = 0;
  t.state = State::done;
  if (!t.object.is_null()) {
    try {
      call_method(t.object, "_finish");
    } catch (PyError&) {
    }
  }
  t.target = t.args = t.kwargs = t.object = Value();
  for (auto& w : s.threads) // joiners wait for this
    if (w.state == State::waiting)
      w.state = State::runnable;
  return true;
}

bool others_pending(const Scheduler& s) {
  for (size_t i = 1; i < s.threads.size(); ++i)
    if (s.threads[i].state != State::done && !s.threads[i].daemon)
      return true;
  return false;
}

// The next thread to run, waiting on the clock when every thread sleeps; -1 when none can
// ever run again.
long pick_next(Scheduler& s) {
  size_t n = s.threads.size();
  if (s.next_hint && s.threads[s.next_hint].state != State::done) {
    size_t h = s.next_hint;
    s.next_hint = 0;
    return long(h);
  }
  for (;;) {
    Driver& clk = clock();
    int64_t now = clk.now_ns();
    int64_t earliest = kNoDeadline;
    for (auto& t : s.threads)
      if ((t.state == State::sleeping || t.state == State::waiting) && t.wake_ns <= now)
        t.state = State::runnable;
    for (size_t k = 1; k <= n; ++k) {
      size_t i = (s.current + k) % n;
      State st = s.threads[i].state;
      if (st == State::runnable || st == State::fresh || st == State::yielding)
        return long(i);
    }
    for (auto& t : s.threads)
      if (t.state == State::sleeping || t.state == State::waiting)
        earliest = std::min(earliest, t.wake_ns);
    if (earliest == kNoDeadline)
      return -1;
    clk.wait_until(earliest);
  }
}

Scheduler& sched() {
  if (!g_sched)
    raise(T().RuntimeError, "threads are not available here");
  return *g_sched;
}

// ---- _tulip_threads -----------------------------------------------------------------------------
// start(target, args, kwargs, daemon, thread): a new thread running target(*args, **kwargs);
// it runs next, as CPython's start() lets the new thread run before it returns.
NATIVE(th_start) {
  UNUSED_NATIVE_ARGS;
  check_nargs("start", n, 5, 5);
  Scheduler& s = sched();
  Thread t;
  t.target = a[0];
  t.args = a[1];
  t.kwargs = a[2];
  t.daemon = truthy(a[3]);
  t.object = a[4];
  t.state = State::fresh;
  s.threads.push_back(t);
  s.next_hint = s.threads.size() - 1;
  if (can_switch(vm())) {
    s.threads[s.current].state = State::yielding;
    request_switch(vm());
  }
  return Int(int64_t(s.threads.size() - 1));
}

NATIVE(th_current) {
  UNUSED_NATIVE_ARGS;
  return Int(g_sched ? int64_t(g_sched->current) : 0);
}

NATIVE(th_alive) {
  UNUSED_NATIVE_ARGS;
  Scheduler& s = sched();
  size_t i = size_t(as_index(a[0]));
  return Bool(i < s.threads.size() && s.threads[i].state != State::done);
}

// Gives up the turn until `seconds` have passed (sleep) or, for wait, until another thread
// notifies or the timeout (None: none) passes. True when the caller must spin on pending().
static Value give_up(bool waiting, const Value& seconds) {
  VM& m = vm();
  Driver& clk = clock();
  int64_t wake = kNoDeadline;
  if (!seconds.is_none())
    wake = clk.now_ns() + int64_t(as_double(seconds) * 1e9);
  if (!can_switch(m) || alive_count(*g_sched) < 2) {
    // Nothing else can run: block this thread (and so the program) for real.
    if (wake == kNoDeadline) {
      if (waiting)
        raise(T().RuntimeError, "deadlock: this thread waits forever, and no other thread can "
                                "wake it");
      return False();
    }
    m.flush_out();
    clk.wait_until(wake);
    return False();
  }
  Thread& t = g_sched->threads[g_sched->current];
  t.state = waiting ? State::waiting : State::sleeping;
  t.wake_ns = wake;
  m.flush_out();
  request_switch(m);
  return True();
}

NATIVE(th_sleep) {
  UNUSED_NATIVE_ARGS;
  return give_up(false, a[0]);
}

NATIVE(th_wait) {
  UNUSED_NATIVE_ARGS;
  return give_up(true, n > 0 ? a[0] : None());
}

// Whether the running thread still has to wait (the scheduler marks it runnable again).
NATIVE(th_pending) {
  UNUSED_NATIVE_ARGS;
  if (!g_sched)
    return False();
  State st = g_sched->threads[g_sched->current].state;
  return Bool(st == State::sleeping || st == State::waiting || st == State::yielding);
}

// Something changed (an event set, a lock released): waiting threads check again.
NATIVE(th_notify) {
  UNUSED_NATIVE_ARGS;
  if (g_sched)
    for (auto& t : g_sched->threads)
      if (t.state == State::waiting)
        t.state = State::runnable;
  return None();
}

} // namespace

void init_module(ModuleObj* mod) {
  DictObj* d = mod->dict;
  add_function(d, "start", th_start);
  add_function(d, "current", th_current);
  add_function(d, "alive", th_alive);
  add_function(d, "sleep", th_sleep);
  add_function(d, "wait", th_wait);
  add_function(d, "pending", th_pending);
  add_function(d, "notify", th_notify);
}

void run_main(VM& m, CodeObj* code, DictObj* globals) {
  Scheduler s;
  s.threads.push_back(Thread{});
  s.active = true;
  Scheduler* prev = g_sched;
  g_sched = &s;
  struct Restore {
    Scheduler* prev;
    VM& m;
    ~Restore() {
      g_sched = prev;
      m.budget = -1;
    }
  } restore{prev, m};
  static thread_local bool hooked = false;
  if (!hooked) {
    hooked = true;
    m.extra_roots.push_back([](Heap& h) {
      if (!g_sched)
        return;
      for (auto& t : g_sched->threads) {
        h.mark(t.target);
        h.mark(t.args);
        h.mark(t.kwargs);
        h.mark(t.object);
        h.mark(t.cur_exc);
        for (Frame* f = t.top; f; f = f->back)
          mark_frame(h, f);
      }
    });
  }
  ExcObj* main_exc = nullptr;
  Value result;
  m.budget = -1;
  RunStatus st;
  try {
    st = m.run_module(code, globals, result);
  } catch (PyError& e) {
    m.top = nullptr;
    m.depth = 0;
    main_exc = e.exc;
    st = RunStatus::Returned;
  }
  bool main_done = st != RunStatus::Preempted;
  if (main_done)
    s.threads[0].state = State::done;
  else
    save(m, s.threads[0]);
  Value keep = main_exc ? V(main_exc) : Value();
  RootGuard g(&keep);
  for (;;) {
    if (s.threads[0].state == State::done && !others_pending(s))
      break;
    long next = pick_next(s);
    if (next < 0) {
      if (s.threads[0].state != State::done && !main_exc)
        main_exc = new_exception(T().RuntimeError,
                                 "deadlock: every thread waits, and none can wake another");
      break;
    }
    run_turn(m, s, size_t(next), &main_exc);
    keep = main_exc ? V(main_exc) : Value();
  }
  // Daemon threads (and deadlocked ones) end with the program.
  for (auto& t : s.threads) {
    if (t.top) {
      m.top = t.top;
      VMAccess::preempted_entry(m) = t.entry;
      m.depth = t.depth;
      m.discard_preempted();
      t.top = nullptr;
    }
  }
  m.top = nullptr;
  m.depth = 0;
  if (main_exc)
    throw PyError{main_exc};
}

} // namespace threads

extern const char* const kThreadingSource;
extern const char* const kConcurrentFuturesSource;

void register_thread_modules() {
  register_module("_tulip_threads", threads::init_module);
  register_source_module("threading", kThreadingSource);
  register_source_module("concurrent", "");
  register_source_module("concurrent.futures", kConcurrentFuturesSource);
}

} // namespace tulip::lang
