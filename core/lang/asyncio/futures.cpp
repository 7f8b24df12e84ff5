// asyncio.Future and asyncio.Task as script objects over the core's futures and tasks, the
// iterator behind `await future`, and the awaitable of the core's coroutines.
#include "lang/asyncio/script_task.hpp"
#include "lang/memory.hpp"
#include "lang/names.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {
[[noreturn]] void raise_stop(Value v); // generator.cpp: StopIteration carrying v
}

namespace tulip::lang::aio {

void FutureObj::trace(Heap& heap) {
  heap.mark(loop_owner);
  heap.mark(callbacks);
}

FutureObj::~FutureObj() {
  if (fut && fut->is_task()) {
    auto* t = static_cast<ScriptTask*>(fut.get());
    if (t->wrapper == this)
      t->wrapper = nullptr;
  }
}

bool is_future(const Value& v) {
  return is_kind(v, Kind::Host) && (v.o->type == types().future || v.o->type == types().task ||
                                    v.o->type == types().gathering);
}

FutureObj* future_obj(const Value& v) {
  if (!is_future(v))
    type_errorf("An asyncio.Future, a coroutine or an awaitable is required");
  return static_cast<FutureObj*>(v.o);
}

// Futures hash by creation order: a set of them then iterates in the order CPython's sets of
// futures usually show (objects allocated one after another hash in address order).
static thread_local int64_t g_future_count = 0;

Value future_value(FutureBase* f, Value loop_owner) {
  if (f->is_task()) {
    auto* t = static_cast<ScriptTask*>(f);
    if (t->wrapper)
      return V(t->wrapper);
    auto* o = vm().heap.alloc<FutureObj>(types().task, Kind::Host);
    o->fut = Ref<FutureBase>(f);
    o->loop_owner = t->loop_owner();
    o->hash = int64_t(t->id());
    t->wrapper = o;
    return V(o);
  }
  auto* o = vm().heap.alloc<FutureObj>(types().future, Kind::Host);
  o->fut = Ref<FutureBase>(f);
  o->loop_owner = loop_owner;
  o->hash = ++g_future_count;
  return V(o);
}

static FutureObj* F(const Value& v) {
  if (!is_future(v))
    type_errorf("descriptor requires a '_asyncio.Future' object but received a '%s'", type_name(v));
  return static_cast<FutureObj*>(v.o);
}

// ---- Future methods -----------------------------------------------------------------------------
// result(): the value, or the future's exception raised here, chained (as CPython's raise) to the
// exception being handled.
static Value result_or_raise(const Ref<FutureBase>& fut) {
  try {
    return to_script([&] { return ScriptFuture(fut).result().get(); });
  } catch (PyError& e) {
    chain_context(e.exc, vm().cur_exc);
    throw;
  }
}

NATIVE(fut_result) {
  UNUSED_NATIVE_ARGS;
  return result_or_raise(F(a[0])->fut);
}

NATIVE(fut_exception) {
  UNUSED_NATIVE_ARGS;
  FutureObj* f = F(a[0]);
  std::exception_ptr e = to_script([&] { return f->fut->exception(); });
  return e ? V(to_python(e)) : None();
}

NATIVE(fut_done) {
  UNUSED_NATIVE_ARGS;
  return Bool(F(a[0])->fut->done());
}

NATIVE(fut_cancelled) {
  UNUSED_NATIVE_ARGS;
  return Bool(F(a[0])->fut->cancelled());
}

NATIVE(fut_cancel) {
  UNUSED_NATIVE_ARGS;
  FutureObj* f = F(a[0]);
  Value msg;
  parse_args("cancel", a + 1, n - 1, kw, {"msg"}, 0, &msg);
  CancelMessage m;
  if (!msg.is_null() && !msg.is_none())
    m = is_str(msg) ? std::string(sv(msg)) : to_str(msg);
  return Bool(to_script([&] { return f->fut->cancel(std::move(m)); }));
}

NATIVE(fut_set_result) {
  UNUSED_NATIVE_ARGS;
  FutureObj* f = F(a[0]);
  check_nargs("set_result", n - 1, 1, 1);
  if (f->fut->is_task())
    raise(T().RuntimeError, "Task does not support set_result operation");
  Held v(a[1]);
  to_script([&] { static_cast<ValueFuture&>(*f->fut).set_result(v); });
  return None();
}

NATIVE(fut_set_exception) {
  UNUSED_NATIVE_ARGS;
  FutureObj* f = F(a[0]);
  check_nargs("set_exception", n - 1, 1, 1);
  if (f->fut->is_task())
    raise(T().RuntimeError, "Task does not support set_exception operation");
  Value e = a[1];
  if (is_type(e))
    e = call0(e);
  if (!is_kind(e, Kind::Exception))
    type_error("invalid exception object");
  if (exc_matches(cast<ExcObj>(e), T().StopIteration))
    type_error("StopIteration interacts badly with generators and cannot be raised into a Future");
  auto ep = std::make_exception_ptr(ScriptError{e});
  to_script([&] { f->fut->set_exception(ep); });
  return None();
}

NATIVE(fut_add_done_callback) {
  UNUSED_NATIVE_ARGS;
  FutureObj* f = F(a[0]);
  Value args[2]; // fn, context
  parse_args("add_done_callback", a + 1, n - 1, kw, {"fn", "context"}, 1, args);
  Value fn = args[0];
  Held cb(fn), fut(a[0]);
  auto* c =
      new detail::FunctionCallback([cb, fut] { from_core([&] { call1(cb.get(), fut.get()); }); });
  to_script([&] { f->fut->add_callback(*c); });
  if (f->callbacks.is_null())
    f->callbacks = V(new_list());
  list_append(cast<ListObj>(f->callbacks),
              V(new_tuple(std::vector<Value>{fn, Int(int64_t(reinterpret_cast<intptr_t>(c)))})));
  return None();
}

NATIVE(fut_remove_done_callback) {
  UNUSED_NATIVE_ARGS;
  FutureObj* f = F(a[0]);
  check_nargs("remove_done_callback", n - 1, 1, 1);
  if (f->callbacks.is_null())
    return Int(0);
  auto& items = cast<ListObj>(f->callbacks)->items;
  int64_t removed = 0;
  std::vector<Value> kept;
  for (Value& e : items) {
    TupleObj* t = cast<TupleObj>(e);
    auto* c = reinterpret_cast<Callback*>(intptr_t(t->items[1].i));
    if (truthy(compare(t->items[0], a[1], 2))) {
      if (f->fut->remove_callback_if_pending(c)) {
        c->fn(c, false);
        ++removed;
      }
    } else {
      kept.push_back(e);
    }
  }
  items = std::move(kept);
  return Int(removed);
}

NATIVE(fut_hash) {
  UNUSED_NATIVE_ARGS;
  return Int(F(a[0])->hash);
}

NATIVE(fut_get_loop) {
  UNUSED_NATIVE_ARGS;
  return F(a[0])->loop_owner;
}

std::string future_repr(FutureObj* f) {
  FutureBase& fut = *f->fut;
  if (fut.is_task())
    return fut.repr();
  std::string name = f->type == types().gathering ? "_GatheringFuture" : "Future";
  if (!fut.done()) {
    std::string cbs;
    if (!f->callbacks.is_null())
      for (Value& e : cast<ListObj>(f->callbacks)->items) {
        Value fn = cast<TupleObj>(e)->items[0];
        cbs += (cbs.empty() ? "" : ", ") + func_repr_name(fn) + "()";
      }
    return "<" + name + " pending" + (cbs.empty() ? "" : " cb=[" + cbs + "]") + ">";
  }
  if (fut.cancelled())
    return "<" + name + " cancelled>";
  std::exception_ptr e = fut.exception();
  if (e)
    return "<" + name + " finished exception=" + safe_repr(V(to_python(e))) + ">";
  return "<" + name + " finished result=" + safe_repr(result_value(fut)) + ">";
}

NATIVE(fut_repr) {
  UNUSED_NATIVE_ARGS;
  return str_val(future_repr(F(a[0])));
}

// `await future`: yields the future until it is done, then returns its result.
struct FutureIterObj : HostObj {
  Value fut;
  int state = 0;
  void trace(Heap& heap) override { heap.mark(fut); }
  bool iter_send(const Value&, Value& out, bool* returned) override {
    FutureBase& f = *static_cast<FutureObj*>(fut.o)->fut;
    if (state == 0 && !f.done()) {
      state = 1;
      out = fut;
      *returned = false;
      return true;
    }
    if (!f.done())
      raise(T().RuntimeError, "await wasn't used with future");
    state = 2;
    out = result_or_raise(Ref<FutureBase>(&f));
    *returned = true;
    return true;
  }
};

NATIVE(fut_await) {
  UNUSED_NATIVE_ARGS;
  F(a[0]);
  auto* it = vm().heap.alloc<FutureIterObj>(types().future_iter, Kind::Host);
  it->fut = a[0];
  return V(it);
}

static HostObj* H(const Value& v) { return static_cast<HostObj*>(v.o); }

NATIVE(iter_next) {
  UNUSED_NATIVE_ARGS;
  Value out;
  bool returned = false;
  H(a[0])->iter_send(None(), out, &returned);
  if (returned)
    raise_stop(out);
  return out;
}

NATIVE(iter_send_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("send", n - 1, 1, 1);
  Value out;
  bool returned = false;
  H(a[0])->iter_send(a[1], out, &returned);
  if (returned)
    raise_stop(out);
  return out;
}

NATIVE(iter_throw_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("throw", n - 1, 1, 3);
  Value e = a[1];
  if (is_type(e))
    e = call0(e);
  if (!is_kind(e, Kind::Exception))
    type_error("exceptions must derive from BaseException");
  if (a[0].o->type == types().await_) {
    auto* aw = static_cast<AwaitObj*>(a[0].o);
    // The task ran the coroutine (state 1) and throws in how it ended: the awaiting generators
    // get it as raised by the call they await, as from CPython's asyncio coroutines. A
    // CancelledError is the task's cancellation, which CPython throws down the chain.
    Value cancelled_type = types().cancelled.get();
    bool cancelled = is_type(cancelled_type) && isinstance(e, cast<TypeObj>(cancelled_type));
    if (aw->state == 1 && !cancelled)
      vm().raised_by_delegate = cast<ExcObj>(e);
    aw->state = 2;
  }
  throw PyError{cast<ExcObj>(e)};
}

NATIVE(iter_close_m) {
  UNUSED_NATIVE_ARGS;
  return None();
}

NATIVE(iter_self) {
  UNUSED_NATIVE_ARGS;
  return a[0];
}

// ---- Task methods -------------------------------------------------------------------------------
static ScriptTask* TK(const Value& v) {
  if (!is_kind(v, Kind::Host) || v.o->type != types().task)
    type_errorf("descriptor requires a '_asyncio.Task' object but received a '%s'", type_name(v));
  return static_cast<ScriptTask*>(static_cast<FutureObj*>(v.o)->fut.get());
}

NATIVE(task_get_name) {
  UNUSED_NATIVE_ARGS;
  return str_val(TK(a[0])->get_name());
}
NATIVE(task_set_name) {
  UNUSED_NATIVE_ARGS;
  check_nargs("set_name", n - 1, 1, 1);
  TK(a[0])->set_name(to_str(a[1]));
  return None();
}
NATIVE(task_get_coro) {
  UNUSED_NATIVE_ARGS;
  return TK(a[0])->coro();
}
NATIVE(task_cancelling) {
  UNUSED_NATIVE_ARGS;
  return Int(TK(a[0])->cancelling());
}
NATIVE(task_uncancel) {
  UNUSED_NATIVE_ARGS;
  return Int(TK(a[0])->uncancel());
}

// ---- the core's coroutines as script awaitables -------------------------------------------------
bool AwaitObj::iter_send(const Value& sent, Value& out, bool* returned) {
  if (state == 0) {
    if (!coro)
      raise(T().RuntimeError, "cannot reuse already awaited coroutine");
    out = V(this);
    *returned = false;
    return true;
  }
  if (state == 2)
    raise(T().RuntimeError, "cannot reuse already awaited coroutine");
  state = 2; // the task ran the coroutine and sends its result
  out = sent;
  *returned = true;
  return true;
}

Value make_await(Coro<Held> coro, Value keep, const char* name) {
  auto* aw = vm().heap.alloc<AwaitObj>(types().await_, Kind::Host);
  aw->coro = std::move(coro);
  aw->keep = Held(keep);
  aw->name = name;
  return V(aw);
}

// Future(*, loop=None) and Task(coro, *, loop=None, name=None): on the given loop or asyncio's
// get_event_loop().
static Value loop_or_current(const Value& loop) {
  if (!loop.is_null() && !loop.is_none())
    return loop;
  return call0(types().get_event_loop.get());
}

NATIVE(fut_new) {
  UNUSED_NATIVE_ARGS;
  Value loop;
  parse_args("Future", a + 1, n - 1, kw, {"loop"}, 0, &loop);
  if (n > 1)
    type_error("Future() takes no positional arguments");
  Value owner = loop_or_current(loop);
  RootGuard g(&owner);
  return call_method(owner, "create_future");
}

NATIVE(task_new) {
  UNUSED_NATIVE_ARGS;
  Value args[3];
  parse_args("Task", a + 1, n - 1, kw, {"coro", "loop", "name"}, 1, args);
  Value owner = loop_or_current(args[1]);
  RootGuard g(&owner);
  Value name = args[2].is_null() ? None() : args[2];
  Value kwname[1] = {str_val("name")};
  Kw k{1, kwname, &name};
  Value create = getattr(owner, intern("create_task"));
  return call(create, &args[0], 1, k);
}

NATIVE(await_repr) {
  UNUSED_NATIVE_ARGS;
  return str_val(strf("<%s awaitable>", static_cast<AwaitObj*>(a[0].o)->name));
}

void init_futures(DictObj* module) {
  BindingTypes& t = types();
  t.future = host_type("Future", "_asyncio");
  t.future->final_ = false;
  t.task = host_type("Task", "_asyncio");
  t.task->base = t.future;
  t.task->mro = {t.task, t.future, T().object};
  t.gathering = host_type("_GatheringFuture", "asyncio.tasks");
  t.gathering->base = t.future;
  t.gathering->mro = {t.gathering, t.future, T().object};
  for (TypeObj* ty : {t.future}) {
    add_method(ty, "result", fut_result);
    add_method(ty, "exception", fut_exception);
    add_method(ty, "done", fut_done);
    add_method(ty, "cancelled", fut_cancelled);
    add_method(ty, "cancel", fut_cancel);
    add_method(ty, "set_result", fut_set_result);
    add_method(ty, "set_exception", fut_set_exception);
    add_method(ty, "add_done_callback", fut_add_done_callback);
    add_method(ty, "remove_done_callback", fut_remove_done_callback);
    add_method(ty, "get_loop", fut_get_loop);
    add_method(ty, "__hash__", fut_hash);
    add_method(ty, "__repr__", fut_repr);
    add_method(ty, "__await__", fut_await);
    add_method(ty, "__iter__", fut_await);
  }
  add_method(t.future, "__new__", fut_new);
  add_method(t.task, "__new__", task_new);
  add_method(t.task, "get_name", task_get_name);
  add_method(t.task, "set_name", task_set_name);
  add_method(t.task, "get_coro", task_get_coro);
  add_method(t.task, "cancelling", task_cancelling);
  add_method(t.task, "uncancel", task_uncancel);
  t.future_iter = host_type("FutureIter", "_asyncio");
  t.await_ = host_type("coroutine", "_tulip");
  for (TypeObj* ty : {t.future_iter, t.await_}) {
    add_method(ty, "__next__", iter_next);
    add_method(ty, "send", iter_send_m);
    add_method(ty, "throw", iter_throw_m);
    add_method(ty, "close", iter_close_m);
  }
  // A coroutine of the core is awaitable, not iterable (as CPython's coroutines): `yield from`
  // takes it only in coroutine code (vm.cpp).
  add_method(t.future_iter, "__iter__", iter_self);
  add_method(t.await_, "__await__", iter_self);
  add_method(t.await_, "__repr__", await_repr);
  dict_set(module, "Future", V(t.future));
  dict_set(module, "Task", V(t.task));
}

} // namespace tulip::lang::aio
