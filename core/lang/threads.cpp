// Green threads (see threads.hpp). Each turn resumes one thread's frames with a budget; when the
// budget runs out or the thread sleeps or waits (it asks for a switch by zeroing the budget), the
// VM returns Preempted with the frames intact, and the scheduler saves them and picks the next
// thread. The top-level scheduler (run_main) runs turns between the main thread's turns. A thread
// that blocks where it cannot give up its turn (inside an event loop, a sort key, a generator:
// its C++ stack is live) runs the other threads' turns nested, on top of its own stack, until it
// may go on; an idle event loop does the same instead of sleeping (idle_until).
#include "lang/threads.hpp"

#include <algorithm>
#include <exception>
#include <vector>

#include "lang/clock.hpp"
#include "lang/memory.hpp"
#include "lang/modules.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"
#include "tulip/loop.hpp"

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
  // Its frames form one preemptible run (the main module, a function target), so it can give up
  // its turn at the top level; a callable run by a native call cannot.
  bool preemptible = true;
  State state = State::runnable;
  int64_t wake_ns = kNoDeadline; // sleeping / waiting with a timeout
  // Saved while another thread runs:
  Frame* top = nullptr;
  Frame* entry = nullptr;
  int depth = 0;
  Value cur_exc;
};

// A thread that runs another one's turn nested: what it had in the VM, restored after the turn.
struct Outer {
  size_t thread;
  Frame* top;
  Frame* preempted_entry;
  int depth;
  Value cur_exc;
  tulip::detail::Running running; // the event loop and task running on its stack
};

// A thread whose event loop waits for work (idle_until) while other threads run on top of it.
struct Idler {
  size_t thread;
  size_t below_index; // its entry in Scheduler::below: its state while the others run
  IdleLoop* loop;
  bool running = false;     // an iteration is in progress (run on its behalf)
  std::exception_ptr error; // what such an iteration threw: rethrown when the wait ends
};

struct Scheduler {
  std::vector<Thread> threads; // [0] is the main thread
  size_t current = 0;
  size_t next_hint = 0; // a thread just started runs next (as after CPython's start())
  bool active = false;  // run_main is scheduling
  ExcObj* main_exc = nullptr;
  std::vector<Outer> below;   // threads whose C++ stacks lie under the running turn, innermost last
  std::vector<Idler*> idlers; // idle event loops down the C++ stack, innermost last
};
thread_local Scheduler* g_sched = nullptr;

size_t alive_count(const Scheduler& s) {
  size_t n = 0;
  for (auto& t : s.threads)
    n += t.state != State::done;
  return n;
}

// Whether the running code can give up its turn: it runs at the top level of its thread's
// preemptible run, not inside a native that called back into Python (an event loop, a sort key,
// a generator).
bool can_switch(VM& m) {
  if (!g_sched || !g_sched->active || !g_sched->threads[g_sched->current].preemptible)
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

// Something changed (an event set, a lock released, a thread ended): waiting threads check again.
void wake_waiters(Scheduler& s) {
  for (auto& t : s.threads)
    if (t.state == State::waiting)
      t.state = State::runnable;
}

// Runs thread `i` for one turn. Returns true when it ended.
bool run_turn(VM& m, Scheduler& s, size_t i) {
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
        s.threads[i].preemptible = false;
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
      s.main_exc = e.exc;
    else
      report_thread_exception(m, s.threads[i].object, e.exc);
    st = RunStatus::Returned;
  }
  // The target may have started threads: `t` may have moved.
  Thread& u = s.threads[i];
  if (st == RunStatus::Preempted) {
    save(m, u);
    return false;
  }
  m.top = nullptr;
  m.depth = 0;
  u.state = State::done;
  if (!u.object.is_null()) {
    try {
      call_method(u.object, "_finish");
    } catch (PyError&) {
    }
  }
  Thread& w = s.threads[i];
  w.target = w.args = w.kwargs = w.object = Value();
  wake_waiters(s); // joiners wait for this
  return true;
}

bool others_pending(const Scheduler& s) {
  for (size_t i = 1; i < s.threads.size(); ++i)
    if (s.threads[i].state != State::done && !s.threads[i].daemon)
      return true;
  return false;
}

bool on_stack(const Scheduler& s, size_t i) {
  for (const Outer& o : s.below)
    if (o.thread == i)
      return true;
  return false;
}

bool ready(const Thread& t) {
  return t.state == State::runnable || t.state == State::fresh || t.state == State::yielding;
}

void wake_due(Scheduler& s, int64_t now) {
  for (auto& t : s.threads)
    if ((t.state == State::sleeping || t.state == State::waiting) && t.wake_ns <= now)
      t.state = State::runnable;
}

int64_t earliest_wake(const Scheduler& s) {
  int64_t earliest = kNoDeadline;
  for (auto& t : s.threads)
    if (t.state == State::sleeping || t.state == State::waiting)
      earliest = std::min(earliest, t.wake_ns);
  return earliest;
}

// The next thread that may run a turn, round robin after the current one (itself last, unless
// `others_only`: it is blocked on its own stack); -1 when none is ready. Threads whose stacks
// lie under the running turn cannot run until it ends.
long pick_ready(Scheduler& s, bool others_only) {
  size_t n = s.threads.size();
  size_t h = s.next_hint;
  if (h && ready(s.threads[h]) && !on_stack(s, h) && !(others_only && h == s.current)) {
    s.next_hint = 0;
    return long(h);
  }
  for (size_t k = 1; k <= n; ++k) {
    size_t i = (s.current + k) % n;
    if (ready(s.threads[i]) && !on_stack(s, i) && !(others_only && i == s.current))
      return long(i);
  }
  return -1;
}

// The next thread to run, waiting on the clock when every thread sleeps; -1 when none can
// ever run again.
long pick_next(Scheduler& s) {
  for (;;) {
    Driver& clk = clock();
    wake_due(s, clk.now_ns());
    long i = pick_ready(s, false);
    if (i >= 0)
      return i;
    int64_t earliest = earliest_wake(s);
    if (earliest == kNoDeadline)
      return -1;
    clk.wait_until(earliest);
  }
}

// Puts the current thread's VM state aside (marked for the collector) and switches to `next`'s;
// the destructor switches back. Its stack stays as it is meanwhile, under the other's.
class Switch {
public:
  Switch(VM& m, Scheduler& s, const Outer& next) : m_(m), s_(s) {
    s.below.push_back(Outer{s.current, m.top, VMAccess::preempted_entry(m), m.depth, m.cur_exc,
                            tulip::detail::running});
    enter(next);
    m.budget = alive_count(s) > 1 ? kSlice : -1;
  }
  ~Switch() {
    Outer o = s_.below.back();
    s_.below.pop_back();
    enter(o);
    m_.budget = alive_count(s_) > 1 ? kSlice : -1;
  }
  Switch(const Switch&) = delete;
  Switch& operator=(const Switch&) = delete;

private:
  void enter(const Outer& o) {
    s_.current = o.thread;
    m_.top = o.top;
    VMAccess::preempted_entry(m_) = o.preempted_entry;
    m_.depth = o.depth;
    m_.cur_exc = o.cur_exc;
    tulip::detail::running = o.running;
  }
  VM& m_;
  Scheduler& s_;
};

// Runs thread `i`'s turn on top of the current thread's stack.
void nested_turn(VM& m, Scheduler& s, size_t i) {
  Switch to(m, s, Outer{i, nullptr, nullptr, 0, Value(), {}});
  run_turn(m, s, i);
}

// An idle loop further down the stack whose next iteration is due, or null. Its own thread
// cannot go back to it, so the blocked thread on top runs the iteration on its behalf.
Idler* due_idler(Scheduler& s, int64_t now) {
  for (Idler* idler : s.idlers)
    if (!idler->running && !idler->error && idler->thread != s.current &&
        !idler->loop->stopping() && idler->loop->next_deadline() <= now)
      return idler;
  return nullptr;
}

// Runs one iteration of `idler`'s loop in its thread's state, as it was when the loop went idle.
void run_idle_loop(VM& m, Scheduler& s, Idler& idler) {
  Outer home = s.below[idler.below_index];
  Switch to(m, s, home);
  idler.running = true;
  try {
    idler.loop->run_once();
  } catch (...) {
    idler.error = std::current_exception();
  }
  idler.running = false;
}

// Runs the other threads' turns nested (and the due iterations of idle loops down the stack)
// until `due()` (re-read after every turn, which may move it) is reached on the clock, waiting
// on the clock while nothing can run. False when nothing could ever end the wait.
template <class Due> bool run_others(VM& m, Scheduler& s, Due due) {
  Driver& clk = clock();
  for (;;) {
    int64_t now = clk.now_ns();
    wake_due(s, now);
    int64_t until = due();
    if (until <= now)
      return true;
    if (Idler* idler = due_idler(s, now)) {
      run_idle_loop(m, s, *idler);
      continue;
    }
    long i = pick_ready(s, true);
    if (i >= 0) {
      nested_turn(m, s, size_t(i));
      continue;
    }
    until = std::min(until, earliest_wake(s));
    for (Idler* idler : s.idlers)
      if (!idler->running && !idler->error && idler->thread != s.current &&
          !idler->loop->stopping())
        until = std::min(until, idler->loop->next_deadline());
    if (until == kNoDeadline && !(clk.network() && clk.network()->can_wake()))
      return false;
    m.flush_out();
    clk.wait_until(until);
  }
}

Scheduler& sched() {
  if (!g_sched)
    raise(T().RuntimeError, "threads are not available here");
  return *g_sched;
}

// ---- _tulip_threads -----------------------------------------------------------------------------
// start(target, args, kwargs, daemon, thread): a new thread running target(*args, **kwargs);
// it runs first, as CPython's start() lets the new thread run before it returns (when it can).
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
  size_t i = s.threads.size() - 1;
  VM& m = vm();
  if (can_switch(m)) {
    s.next_hint = i;
    s.threads[s.current].state = State::yielding;
    request_switch(m);
  } else if (!s.next_hint || s.threads[s.next_hint].state != State::fresh) {
    // This thread cannot give up its turn here (its stack is live: inside an event loop), so
    // the new one starts when this one blocks or its loop idles (threads started meanwhile
    // start in order after it). Blocking in turn, it can run that loop's due iterations.
    s.next_hint = i;
  }
  return Int(int64_t(i));
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
// notifies or the timeout (None: none) passes. True when the caller must spin on pending();
// false when the wait is over already (the other threads ran meanwhile, nested).
static Value give_up(bool waiting, const Value& seconds) {
  VM& m = vm();
  Driver& clk = clock();
  int64_t wake = kNoDeadline;
  if (!seconds.is_none())
    wake = clk.now_ns() + int64_t(as_double(seconds) * 1e9);
  m.flush_out();
  if (!g_sched || !g_sched->active) {
    if (wake == kNoDeadline) // nothing else runs: nothing could end the wait
      raise(T().RuntimeError, "deadlock: this thread waits forever, and no other thread can "
                              "wake it");
    clk.wait_until(wake);
    return False();
  }
  Scheduler& s = *g_sched;
  size_t me = s.current;
  s.threads[me].state = waiting ? State::waiting : State::sleeping;
  s.threads[me].wake_ns = wake;
  if (can_switch(m) && alive_count(s) > 1) {
    request_switch(m);
    return True();
  }
  // This thread's stack is live: the others run on top of it until it may go on.
  bool ended = run_others(m, s, [&] { return ready(s.threads[me]) ? -kNoDeadline : kNoDeadline; });
  s.threads[me].state = State::runnable;
  if (!ended) {
    bool stuck_below = false; // threads that could go on, but only once this one's wait ends
    for (const Outer& o : s.below)
      stuck_below = stuck_below || ready(s.threads[o.thread]);
    raise(T().RuntimeError,
          stuck_below ? "deadlock: this thread waits forever: the threads that could wake it "
                        "blocked inside nested calls under it, and go on only after it"
                      : "deadlock: this thread waits forever, and no other thread can wake it");
  }
  return False();
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

NATIVE(th_notify) {
  UNUSED_NATIVE_ARGS;
  if (g_sched)
    wake_waiters(*g_sched);
  return None();
}

} // namespace

void idle_until(int64_t deadline_ns, IdleLoop& loop) {
  VM& m = vm();
  Driver& clk = clock();
  if (!g_sched || !g_sched->active) {
    clk.wait_until(deadline_ns);
    return;
  }
  Scheduler& s = *g_sched;
  Idler idler{s.current, s.below.size(), &loop, false, nullptr};
  s.idlers.push_back(&idler);
  bool ended;
  try {
    ended = run_others(m, s, [&] {
      return idler.error ? -kNoDeadline : std::min(deadline_ns, loop.next_deadline());
    });
  } catch (...) {
    s.idlers.pop_back();
    throw;
  }
  s.idlers.pop_back();
  if (idler.error)
    std::rethrow_exception(idler.error);
  if (!ended)
    clk.wait_until(kNoDeadline); // the clock reports the deadlock
}

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

// The collector's roots in the scheduler: saved threads, and the stacks under a nested turn.
static void mark_threads(Heap& h) {
  if (!g_sched)
    return;
  h.mark(g_sched->main_exc);
  for (auto& t : g_sched->threads) {
    h.mark(t.target);
    h.mark(t.args);
    h.mark(t.kwargs);
    h.mark(t.object);
    h.mark(t.cur_exc);
    for (Frame* f = t.top; f; f = f->back)
      mark_frame(h, f);
  }
  for (auto& o : g_sched->below) {
    h.mark(o.cur_exc);
    for (Frame* f = o.top; f; f = f->back)
      mark_frame(h, f);
  }
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
  // Once per VM (tests run many programs in one process).
  bool hooked = false;
  for (auto& h : m.extra_roots)
    if (auto* fn = h.target<void (*)(Heap&)>(); fn && *fn == &mark_threads)
      hooked = true;
  if (!hooked)
    m.extra_roots.push_back(&mark_threads);
  Value result;
  m.budget = -1;
  RunStatus st;
  try {
    st = m.run_module(code, globals, result);
  } catch (PyError& e) {
    m.top = nullptr;
    m.depth = 0;
    s.main_exc = e.exc;
    st = RunStatus::Returned;
  }
  s.current = 0;
  if (st != RunStatus::Preempted) {
    s.threads[0].state = State::done;
    wake_waiters(s); // idle pool workers end with the main thread
  } else {
    save(m, s.threads[0]);
  }
  for (;;) {
    if (s.threads[0].state == State::done && !others_pending(s))
      break;
    long next = pick_next(s);
    if (next < 0) {
      if (s.threads[0].state != State::done && !s.main_exc)
        s.main_exc = new_exception(T().RuntimeError,
                                   "deadlock: every thread waits, and none can wake another");
      break;
    }
    run_turn(m, s, size_t(next));
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
  if (s.main_exc)
    throw PyError{s.main_exc};
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
