// asyncio.tasks over the core: sleep, gather, wait, wait_for, as_completed, shield, and the
// timeout() scope. The Python layer (asyncio's source) turns arguments into futures in CPython's
// order; these run the core's combinators on them.
#include "lang/asyncio/script_task.hpp"
#include "lang/memory.hpp"
#include "lang/vm.hpp"

namespace tulip::detail {
template <> struct FutureLike<lang::aio::ScriptFuture> {
  using value_type = lang::aio::Held;
  using handle = lang::aio::ScriptFuture;
  static handle ensure(handle h) { return h; }
};
} // namespace tulip::detail

namespace tulip::lang::aio {

static std::optional<double> opt_seconds(const Value& v) {
  if (v.is_null() || v.is_none())
    return std::nullopt;
  return as_double(v);
}

static std::vector<ScriptFuture> futures_of(const Value& list, std::vector<Held>* objs) {
  std::vector<ScriptFuture> fs;
  for (const Value& v : cast<ListObj>(list)->items) {
    fs.emplace_back(future_obj(v)->fut);
    if (objs)
      objs->emplace_back(v);
  }
  return fs;
}

// ---- sleep --------------------------------------------------------------------------------------
static Coro<Held> sleep_coro(double delay, Held result) {
  co_await tulip::sleep(delay);
  co_return result;
}

NATIVE(sleep_native) {
  UNUSED_NATIVE_ARGS;
  double d = as_double(a[0]);
  return make_await(sleep_coro(d, Held(n > 1 ? a[1] : None())), Value(), "sleep");
}

// ---- gather -------------------------------------------------------------------------------------
// gather(children, return_exceptions, loop): the _GatheringFuture of the children (futures).
NATIVE(gather_native) {
  UNUSED_NATIVE_ARGS;
  std::vector<ScriptFuture> fs = futures_of(a[0], nullptr);
  bool return_exceptions = truthy(a[1]);
  std::vector<Ref<FutureBase>> children;
  for (auto& f : fs)
    children.emplace_back(f.impl());
  Loop& loop = children.front()->loop();
  auto collect = [fs](bool outcomes) {
    ListObj* results = new_list();
    Held keep(V(results));
    for (auto& f : fs) {
      if (!outcomes) {
        list_append(results, f.result().get());
        continue;
      }
      Outcome<Held> o = detail::gathered(f);
      list_append(results, o.ok() ? o.value().get() : V(to_python(o.error())));
    }
    return keep;
  };
  Future<Held> outer = to_script(
      [&] { return detail::make_gathering<Held>(loop, children, return_exceptions, collect); });
  Value v = future_value(outer.impl(), a[2]);
  v.o->type = types().gathering;
  return v;
}

// ---- wait ---------------------------------------------------------------------------------------
static Value set_of(const std::vector<ScriptFuture>& fs, const std::vector<ScriptFuture>& all,
                    const std::vector<Held>& objs) {
  SetObj* s = new_set();
  Held keep(V(s));
  for (auto& f : fs)
    for (size_t i = 0; i < all.size(); ++i)
      if (all[i] == f) {
        set_add(s, objs[i].get());
        break;
      }
  return V(s);
}

static Coro<Held> wait_coro(std::vector<ScriptFuture> fs, std::vector<Held> objs, ReturnWhen when,
                            std::optional<double> timeout) {
  Waited<ScriptFuture> w = co_await tulip::wait(fs, when, timeout);
  Held done(set_of(w.done, fs, objs));
  Held pending(set_of(w.pending, fs, objs));
  co_return Held(V(new_tuple(std::vector<Value>{done.get(), pending.get()})));
}

// wait(futures, timeout, return_when): an awaitable of (done, pending).
NATIVE(wait_native) {
  UNUSED_NATIVE_ARGS;
  std::vector<Held> objs;
  std::vector<ScriptFuture> fs = futures_of(a[0], &objs);
  std::string rw(sv(a[2]));
  ReturnWhen when = rw == "FIRST_COMPLETED"   ? ReturnWhen::first_completed
                    : rw == "FIRST_EXCEPTION" ? ReturnWhen::first_exception
                                              : ReturnWhen::all_completed;
  return make_await(wait_coro(std::move(fs), std::move(objs), when, opt_seconds(a[1])), Value(),
                    "wait");
}

// ---- wait_for -----------------------------------------------------------------------------------
// On timeout 3.11 raises TimeoutError from the CancelledError of the future it cancelled (its
// __cause__ and __context__).
static Coro<Held> wait_for_coro(ScriptFuture f, std::optional<double> timeout) {
  try {
    co_return co_await tulip::wait_for(f, timeout);
  } catch (const TimeoutError&) {
    if (!f.cancelled())
      throw;
  }
  ExcObj* cancelled = nullptr;
  try {
    f.impl()->check_result();
  } catch (...) {
    cancelled = current_to_python();
  }
  ExcObj* timeout_error = new_exception(T().TimeoutError, std::vector<Value>{});
  if (cancelled) {
    timeout_error->cause = V(cancelled);
    timeout_error->context = V(cancelled);
    timeout_error->suppress_context = true;
  }
  throw ScriptError{V(timeout_error)};
}

NATIVE(wait_for_native) {
  UNUSED_NATIVE_ARGS;
  ScriptFuture f(future_obj(a[0])->fut);
  return make_await(wait_for_coro(f, opt_seconds(a[1])), a[0], "wait_for");
}

// ---- as_completed -------------------------------------------------------------------------------
NATIVE(as_completed_native) {
  UNUSED_NATIVE_ARGS;
  std::vector<ScriptFuture> fs = futures_of(a[0], nullptr);
  auto coros = to_script([&] { return tulip::as_completed(fs, opt_seconds(a[1])); });
  ListObj* out = new_list();
  Value outv = V(out);
  RootGuard g(&outv);
  for (auto& c : coros)
    list_append(out, make_await(std::move(c), Value(), "_wait_for_one"));
  return outv;
}

// ---- shield -------------------------------------------------------------------------------------
NATIVE(shield_native) {
  UNUSED_NATIVE_ARGS;
  FutureObj* inner = future_obj(a[0]);
  Future<Held> outer = to_script([&] { return tulip::shield(ScriptFuture(inner->fut)); });
  return future_value(outer.impl(), inner->loop_owner);
}

// ---- timeout ------------------------------------------------------------------------------------
struct TimeoutObj : HostObj {
  std::unique_ptr<Timeout> scope;
  void trace(Heap&) override {}
};

static Timeout& TO(const Value& v) {
  if (!is_kind(v, Kind::Host) || v.o->type != types().timeout)
    type_error("expected a timeout scope");
  return *static_cast<TimeoutObj*>(v.o)->scope;
}

NATIVE(timeout_new) {
  UNUSED_NATIVE_ARGS;
  auto* t = vm().heap.alloc<TimeoutObj>(types().timeout, Kind::Host);
  t->scope = std::make_unique<Timeout>(opt_seconds(a[0]));
  return V(t);
}

NATIVE(timeout_when) {
  UNUSED_NATIVE_ARGS;
  auto w = TO(a[0]).when();
  return w ? Float(*w) : None();
}

NATIVE(timeout_reschedule) {
  UNUSED_NATIVE_ARGS;
  Timeout& t = TO(a[0]);
  to_script([&] { t.reschedule(opt_seconds(a[1])); });
  return None();
}

NATIVE(timeout_expired) {
  UNUSED_NATIVE_ARGS;
  return Bool(TO(a[0]).expired());
}

NATIVE(timeout_enter) {
  UNUSED_NATIVE_ARGS;
  Timeout& t = TO(a[0]);
  to_script([&] { t.enter(); });
  return None();
}

// timeout_exit(scope, exc): True when the scope turns `exc` into TimeoutError.
NATIVE(timeout_exit) {
  UNUSED_NATIVE_ARGS;
  Timeout& t = TO(a[0]);
  std::exception_ptr error;
  if (is_kind(a[1], Kind::Exception)) {
    if (isinstance(a[1], cast<TypeObj>(types().cancelled.get())))
      error = std::make_exception_ptr(ScriptCancelled(std::nullopt, a[1]));
    else
      error = std::make_exception_ptr(ScriptError{a[1]});
  }
  try {
    t.exit(error);
  } catch (const TimeoutError&) {
    return True();
  } catch (const ScriptError&) {
  } catch (const CancelledError&) {
  } catch (...) {
    throw PyError{current_to_python()};
  }
  return False();
}

void init_tasks(DictObj* module) {
  types().timeout = host_type("Timeout", "_tulip");
  add_function(module, "sleep", sleep_native);
  add_function(module, "gather", gather_native);
  add_function(module, "wait", wait_native);
  add_function(module, "wait_for", wait_for_native);
  add_function(module, "as_completed", as_completed_native);
  add_function(module, "shield", shield_native);
  add_function(module, "timeout_new", timeout_new);
  add_function(module, "timeout_when", timeout_when);
  add_function(module, "timeout_reschedule", timeout_reschedule);
  add_function(module, "timeout_expired", timeout_expired);
  add_function(module, "timeout_enter", timeout_enter);
  add_function(module, "timeout_exit", timeout_exit);
}

} // namespace tulip::lang::aio
