// asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier: the core's. The
// Python layer's classes keep one of these as their `_core`.
#include "lang/asyncio/bridge.hpp"
#include "lang/memory.hpp"
#include "lang/vm.hpp"

namespace tulip::lang::aio {

struct LockObj : HostObj {
  Lock lock;
  void trace(Heap&) override {}
};
struct EventObj : HostObj {
  Event event;
  void trace(Heap&) override {}
};
struct ConditionObj : HostObj {
  LockObj* lock_obj = nullptr;
  std::unique_ptr<Condition> cond; // on lock_obj's lock
  void trace(Heap& heap) override { heap.mark(lock_obj); }
};
struct SemaphoreObj : HostObj {
  std::unique_ptr<Semaphore> sem;
  void trace(Heap&) override {}
};
struct BarrierObj : HostObj {
  std::unique_ptr<Barrier> barrier;
  void trace(Heap&) override {}
};

template <class O> static O& host(const Value& v, TypeObj* t) {
  if (!is_kind(v, Kind::Host) || v.o->type != t)
    type_errorf("expected a %s core", t->name->data());
  return *static_cast<O*>(v.o);
}

// ---- Lock ---------------------------------------------------------------------------------------
static Coro<Held> lock_acquire_coro(Lock& l) {
  bool r = co_await l.acquire();
  co_return Held(Bool(r));
}
NATIVE(lock_new) {
  UNUSED_NATIVE_ARGS;
  return V(vm().heap.alloc<LockObj>(types().lock, Kind::Host));
}
NATIVE(lock_acquire) {
  UNUSED_NATIVE_ARGS;
  return make_await(lock_acquire_coro(host<LockObj>(a[0], types().lock).lock), a[0],
                    "Lock.acquire");
}
NATIVE(lock_release) {
  UNUSED_NATIVE_ARGS;
  Lock& l = host<LockObj>(a[0], types().lock).lock;
  to_script([&] { l.release(); });
  return None();
}
NATIVE(lock_locked) {
  UNUSED_NATIVE_ARGS;
  return Bool(host<LockObj>(a[0], types().lock).lock.locked());
}

// ---- Event --------------------------------------------------------------------------------------
static Coro<Held> event_wait_coro(Event& e) {
  co_await e.wait();
  co_return Held(True());
}
NATIVE(event_new) {
  UNUSED_NATIVE_ARGS;
  return V(vm().heap.alloc<EventObj>(types().event, Kind::Host));
}
NATIVE(event_wait) {
  UNUSED_NATIVE_ARGS;
  return make_await(event_wait_coro(host<EventObj>(a[0], types().event).event), a[0], "Event.wait");
}
NATIVE(event_set) {
  UNUSED_NATIVE_ARGS;
  Event& e = host<EventObj>(a[0], types().event).event;
  to_script([&] { e.set(); });
  return None();
}
NATIVE(event_clear) {
  UNUSED_NATIVE_ARGS;
  host<EventObj>(a[0], types().event).event.clear();
  return None();
}
NATIVE(event_is_set) {
  UNUSED_NATIVE_ARGS;
  return Bool(host<EventObj>(a[0], types().event).event.is_set());
}

// ---- Condition ----------------------------------------------------------------------------------
static Coro<Held> condition_wait_coro(Condition& c) {
  bool r = co_await c.wait();
  co_return Held(Bool(r));
}
static Coro<Held> condition_wait_for_coro(Condition& c, Held predicate) {
  Held last;
  bool r = co_await c.wait_for([&predicate, &last] {
    return from_core([&] {
      last = Held(call0(predicate.get()));
      return truthy(last.get());
    });
  });
  (void)r;
  co_return last;
}
NATIVE(condition_new) {
  UNUSED_NATIVE_ARGS;
  LockObj& l = host<LockObj>(a[0], types().lock);
  auto* c = vm().heap.alloc<ConditionObj>(types().condition, Kind::Host);
  c->lock_obj = &l;
  c->cond = std::make_unique<Condition>(l.lock);
  return V(c);
}
NATIVE(condition_wait) {
  UNUSED_NATIVE_ARGS;
  return make_await(condition_wait_coro(*host<ConditionObj>(a[0], types().condition).cond), a[0],
                    "Condition.wait");
}
NATIVE(condition_wait_for) {
  UNUSED_NATIVE_ARGS;
  return make_await(
      condition_wait_for_coro(*host<ConditionObj>(a[0], types().condition).cond, Held(a[1])), a[0],
      "Condition.wait_for");
}
NATIVE(condition_notify) {
  UNUSED_NATIVE_ARGS;
  Condition& c = *host<ConditionObj>(a[0], types().condition).cond;
  size_t k = size_t(as_index(a[1]));
  to_script([&] { c.notify(k); });
  return None();
}
NATIVE(condition_notify_all) {
  UNUSED_NATIVE_ARGS;
  Condition& c = *host<ConditionObj>(a[0], types().condition).cond;
  to_script([&] { c.notify_all(); });
  return None();
}

// ---- Semaphore ----------------------------------------------------------------------------------
static Coro<Held> semaphore_acquire_coro(Semaphore& s) {
  bool r = co_await s.acquire();
  co_return Held(Bool(r));
}
NATIVE(semaphore_new) {
  UNUSED_NATIVE_ARGS;
  int value = int(as_index(a[0]));
  bool bounded = truthy(a[1]);
  auto* s = vm().heap.alloc<SemaphoreObj>(types().semaphore, Kind::Host);
  Value sv = V(s);
  to_script([&] {
    if (bounded)
      s->sem = std::make_unique<BoundedSemaphore>(value);
    else
      s->sem = std::make_unique<Semaphore>(value);
  });
  return sv;
}
static Semaphore& SEM(const Value& v) { return *host<SemaphoreObj>(v, types().semaphore).sem; }
NATIVE(semaphore_acquire) {
  UNUSED_NATIVE_ARGS;
  return make_await(semaphore_acquire_coro(SEM(a[0])), a[0], "Semaphore.acquire");
}
NATIVE(semaphore_release) {
  UNUSED_NATIVE_ARGS;
  Semaphore& s = SEM(a[0]);
  to_script([&] { s.release(); });
  return None();
}
NATIVE(semaphore_locked) {
  UNUSED_NATIVE_ARGS;
  return Bool(SEM(a[0]).locked());
}
NATIVE(semaphore_value) {
  UNUSED_NATIVE_ARGS;
  return Int(SEM(a[0]).value());
}

// ---- Barrier ------------------------------------------------------------------------------------
static Coro<Held> barrier_wait_coro(Barrier& b) {
  int i = co_await b.wait();
  co_return Held(Int(i));
}
static Coro<Held> barrier_reset_coro(Barrier& b) {
  co_await b.reset();
  co_return Held(None());
}
static Coro<Held> barrier_abort_coro(Barrier& b) {
  co_await b.abort();
  co_return Held(None());
}
NATIVE(barrier_new) {
  UNUSED_NATIVE_ARGS;
  int parties = int(as_index(a[0]));
  auto* b = vm().heap.alloc<BarrierObj>(types().barrier, Kind::Host);
  Value bv = V(b);
  to_script([&] { b->barrier = std::make_unique<Barrier>(parties); });
  return bv;
}
static Barrier& BAR(const Value& v) { return *host<BarrierObj>(v, types().barrier).barrier; }
NATIVE(barrier_wait) {
  UNUSED_NATIVE_ARGS;
  return make_await(barrier_wait_coro(BAR(a[0])), a[0], "Barrier.wait");
}
NATIVE(barrier_reset) {
  UNUSED_NATIVE_ARGS;
  return make_await(barrier_reset_coro(BAR(a[0])), a[0], "Barrier.reset");
}
NATIVE(barrier_abort) {
  UNUSED_NATIVE_ARGS;
  return make_await(barrier_abort_coro(BAR(a[0])), a[0], "Barrier.abort");
}
NATIVE(barrier_state) {
  UNUSED_NATIVE_ARGS;
  Barrier& b = BAR(a[0]);
  return V(new_tuple(std::vector<Value>{Int(b.parties()), Int(b.n_waiting()), Bool(b.broken())}));
}

void init_locks(DictObj* module) {
  BindingTypes& t = types();
  t.lock = host_type("LockCore", "_tulip");
  t.event = host_type("EventCore", "_tulip");
  t.condition = host_type("ConditionCore", "_tulip");
  t.semaphore = host_type("SemaphoreCore", "_tulip");
  t.barrier = host_type("BarrierCore", "_tulip");
  add_function(module, "lock_new", lock_new);
  add_function(module, "lock_acquire", lock_acquire);
  add_function(module, "lock_release", lock_release);
  add_function(module, "lock_locked", lock_locked);
  add_function(module, "event_new", event_new);
  add_function(module, "event_wait", event_wait);
  add_function(module, "event_set", event_set);
  add_function(module, "event_clear", event_clear);
  add_function(module, "event_is_set", event_is_set);
  add_function(module, "condition_new", condition_new);
  add_function(module, "condition_wait", condition_wait);
  add_function(module, "condition_wait_for", condition_wait_for);
  add_function(module, "condition_notify", condition_notify);
  add_function(module, "condition_notify_all", condition_notify_all);
  add_function(module, "semaphore_new", semaphore_new);
  add_function(module, "semaphore_acquire", semaphore_acquire);
  add_function(module, "semaphore_release", semaphore_release);
  add_function(module, "semaphore_locked", semaphore_locked);
  add_function(module, "semaphore_value", semaphore_value);
  add_function(module, "barrier_new", barrier_new);
  add_function(module, "barrier_wait", barrier_wait);
  add_function(module, "barrier_reset", barrier_reset);
  add_function(module, "barrier_abort", barrier_abort);
  add_function(module, "barrier_state", barrier_state);
}

} // namespace tulip::lang::aio
