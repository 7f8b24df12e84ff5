// Generators and coroutines: send / throw / close, yield from delegation, awaitables, and the
// "coroutine ... was never awaited" warning for coroutine objects collected before they ran.
#include <utility>

#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

GenObj* make_generator(Frame* f, FuncObj* fn) {
  Types& t = T();
  CodeObj* co = fn->code;
  TypeObj* type = (co->flags & CO_COROUTINE)         ? t.coroutine
                  : (co->flags & CO_ASYNC_GENERATOR) ? t.async_generator
                                                     : t.generator;
  GenObj* g = vm().heap.alloc<GenObj>(type, Kind::Generator);
  g->frame = f;
  g->gkind = (co->flags & CO_COROUTINE)         ? GenKind::Coroutine
             : (co->flags & CO_ASYNC_GENERATOR) ? GenKind::AsyncGenerator
                                                : GenKind::Generator;
  g->name = fn->name;
  g->qualname = fn->qualname;
  f->gen = g;
  f->owned_by_gen = true;
  return g;
}

static void gen_finish(GenObj* g) {
  g->state = GenState::Closed;
  g->yieldfrom = Value();
  if (g->frame) {
    vm().free_frame(g->frame);
    g->frame = nullptr;
  }
}

static const char* kind_word(GenObj* g) {
  return g->gkind == GenKind::Coroutine        ? "coroutine"
         : g->gkind == GenKind::AsyncGenerator ? "async generator"
                                               : "generator";
}

void close_owned_locals(Frame* f); // vm.cpp

// How an exception reaches the point where a generator is suspended.
enum class Arrival {
  Thrown,     // thrown in (gen.throw, a task's cancellation)
  Raised,     // raised by what it awaits (how an awaited core coroutine ended)
  Propagated, // out of the generator it delegates to, which got it Raised
};

// Runs the generator on: `sent` is the value of its yield, or `exc` arrives there.
static RunStatus gen_resume(GenObj* g, Value sent, ExcObj* exc, Arrival how, Value& result) {
  VM& m = vm();
  // An exception thrown in is held only by C++ until the frame has it: keep it rooted.
  Value exc_root = exc ? V(exc) : Value();
  RootGuard exc_guard(&exc_root);
  if (g->state == GenState::Running)
    value_errorf("%s already executing", kind_word(g));
  if (g->state == GenState::Closed) {
    if (exc)
      throw PyError{exc};
    if (g->gkind == GenKind::Coroutine)
      raise(T().RuntimeError, "cannot reuse already awaited coroutine");
    result = None();
    return RunStatus::Returned;
  }
  if (g->state == GenState::Created && !exc && !sent.is_none())
    type_errorf("can't send non-None value to a just-started %s", kind_word(g));
  if (g->state == GenState::Created && exc) {
    gen_finish(g);
    throw PyError{exc};
  }
  g->state = GenState::Running;
  // An exception thrown in is chained to the one the generator was handling where it suspended
  // (CPython's _PyErr_ChainStackItem), and to nothing else.
  if (exc && how == Arrival::Thrown)
    chain_context(exc, g->exc_state);
  // The exception a generator handles is its own: it is restored when the generator resumes
  // (an `await` inside `except` followed by a bare `raise`) and put away when it suspends.
  Value saved = m.cur_exc;
  if (!g->exc_state.is_null())
    m.cur_exc = std::exchange(g->exc_state, Value());
  RunStatus st;
  try {
    st = m.resume(g->frame, sent, exc, result, how == Arrival::Raised);
  } catch (PyError& e) {
    m.cur_exc = saved;
    if (!g->frame->code->owned_slots.empty() && exc_matches(e.exc, T().GeneratorExit)) {
      // closed: close() drops the exception, and with it the frame's locals (vm.cpp)
      Value pending = V(e.exc);
      RootGuard guard(&pending);
      close_owned_locals(g->frame);
    }
    gen_finish(g);
    if (exc_matches(e.exc, T().StopIteration)) {
      ExcObj* re = new_exception(T().RuntimeError, strf("%s raised StopIteration", kind_word(g)));
      re->cause = V(e.exc);
      re->context = V(e.exc);
      re->suppress_context = true;
      throw PyError{re};
    }
    if (g->gkind == GenKind::AsyncGenerator && exc_matches(e.exc, T().StopAsyncIteration)) {
      ExcObj* re = new_exception(T().RuntimeError, "async generator raised StopAsyncIteration");
      re->cause = V(e.exc);
      re->context = V(e.exc);
      re->suppress_context = true;
      throw PyError{re};
    }
    throw;
  }
  if (st == RunStatus::Yielded && !m.cur_exc.same(saved))
    g->exc_state = m.cur_exc;
  m.cur_exc = saved;
  if (st == RunStatus::Yielded)
    g->state = GenState::Suspended;
  else
    gen_finish(g);
  return st;
}

RunStatus gen_send_ex(GenObj* g, Value sent, ExcObj* exc, Value& result) {
  return gen_resume(g, sent, exc, Arrival::Thrown, result);
}

bool gen_next(GenObj* g, Value& out) {
  RunStatus st = gen_send_ex(g, None(), nullptr, out);
  return st == RunStatus::Yielded;
}

static Value stop_iteration_value(ExcObj* e) {
  if (e->args && !e->args->items.empty())
    return e->args->items[0];
  return None();
}

[[noreturn]] void raise_stop(Value v) {
  if (v.is_none())
    throw PyError{new_exception(T().StopIteration, std::vector<Value>{})};
  throw PyError{new_exception(T().StopIteration, std::vector<Value>{v})};
}

RunStatus gen_throw(GenObj* g, ExcObj* exc, Value& result);

// coro.__await__() is CPython's coroutine_wrapper: an iterator over the coroutine, so that a
// plain generator may `yield from` it and a custom __await__ may return it. a = the coroutine.
static bool is_coro_wrapper(const Value& v) {
  return is_kind(v, Kind::Iter) && v.o->type == vm().coroutine_wrapper;
}

// What a `yield from` / `await` delegates to: a wrapped coroutine is driven directly.
static Value delegate_of(const Value& v) { return is_coro_wrapper(v) ? cast<IterObj>(v)->a : v; }

// The delegated iterator returned `v`: leave the SEND loop and resume the generator with it.
static RunStatus subiter_returned(GenObj* g, Value v, Value& result) {
  g->yieldfrom = Value();
  Frame* f = g->frame;
  const uint32_t* code = f->code->code.data();
  uint32_t jw = *f->ip; // JUMP back to SEND
  uint32_t sendw = code[instr_arg(jw)];
  f->ip = code + instr_arg(sendw);
  --f->sp; // the sub-iterator
  return gen_send_ex(g, v, nullptr, result);
}

// gen.throw(exc), delegated down the `yield from` / `await` chain. An exception escaping a
// delegate reaches each generator above as thrown in, except when the bottom delegate raised
// how what it awaited ended (see VM::raised_by_delegate): then it travels up as from a send
// (*raised tells the levels above).
static RunStatus throw_into(GenObj* g, ExcObj* exc, Value& result, bool* raised) {
  // The exception waits in C++ while a delegate is closed or thrown into (code runs, and may
  // collect): keep it and the generator rooted.
  Value roots[2] = {V(g), V(exc)};
  RootGuard r0(&roots[0]), r1(&roots[1]);
  if (g->state == GenState::Suspended && !g->yieldfrom.is_null()) {
    Value yf = delegate_of(g->yieldfrom);
    if (exc_matches(exc, T().GeneratorExit)) {
      g->yieldfrom = Value();
      try {
        if (is_kind(yf, Kind::Generator)) {
          GenObj* sub = cast<GenObj>(yf);
          if (sub->state == GenState::Suspended) {
            Value r;
            RunStatus st =
                gen_throw(sub, new_exception(T().GeneratorExit, std::vector<Value>{}), r);
            if (st == RunStatus::Yielded)
              raise(T().RuntimeError, "generator ignored GeneratorExit");
          }
        } else {
          Value cl = getattr_opt(yf, N().close);
          if (!cl.is_null())
            call0(cl);
        }
      } catch (PyError& e) {
        if (!exc_matches(e.exc, T().GeneratorExit) && !exc_matches(e.exc, T().StopIteration))
          return gen_send_ex(g, None(), e.exc, result);
      }
      return gen_send_ex(g, None(), exc, result);
    }
    VM& m = vm();
    bool sub_raised = false; // the generator delegated to got it Raised
    try {
      if (is_kind(yf, Kind::Generator)) {
        Value r;
        RunStatus st = throw_into(cast<GenObj>(yf), exc, r, &sub_raised);
        if (st == RunStatus::Yielded) {
          result = r;
          return st;
        }
        return subiter_returned(g, r, result);
      }
      Value th = getattr_opt(yf, N().throw_);
      if (th.is_null()) {
        g->yieldfrom = Value();
        return gen_send_ex(g, None(), exc, result);
      }
      m.raised_by_delegate = nullptr;
      result = call1(th, V(exc));
      return RunStatus::Yielded;
    } catch (PyError& e) {
      g->yieldfrom = Value();
      Arrival how = sub_raised                      ? Arrival::Propagated
                    : m.raised_by_delegate == e.exc ? Arrival::Raised
                                                    : Arrival::Thrown;
      m.raised_by_delegate = nullptr;
      *raised = how != Arrival::Thrown;
      if (exc_matches(e.exc, T().StopIteration))
        return subiter_returned(g, stop_iteration_value(e.exc), result);
      // the error arrives in the generator at its await / yield from
      return gen_resume(g, None(), e.exc, how, result);
    }
  }
  return gen_send_ex(g, None(), exc, result);
}

RunStatus gen_throw(GenObj* g, ExcObj* exc, Value& result) {
  bool raised = false;
  return throw_into(g, exc, result, &raised);
}

static GenObj* G(const Value& v) {
  if (is_kind(v, Kind::Generator))
    return cast<GenObj>(v);
  type_errorf("descriptor requires a generator but received a '%s'", type_name(v));
}

NATIVE(gen_send_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("send", n - 1, 1, 1);
  GenObj* g = G(a[0]);
  Value r;
  // a generator delegating resumes in its SEND, which passes the value on
  RunStatus st = gen_send_ex(g, a[1], nullptr, r);
  if (st == RunStatus::Yielded)
    return r;
  raise_stop(r);
}

NATIVE(gen_next_m) {
  UNUSED_NATIVE_ARGS;
  Value r;
  RunStatus st = gen_send_ex(G(a[0]), None(), nullptr, r);
  if (st == RunStatus::Yielded)
    return r;
  raise_stop(r);
}

ExcObj* exc_from_throw_args(Value* a, int n) {
  Value typ = a[0];
  ExcObj* e;
  if (is_type(typ) && is_subtype(cast<TypeObj>(typ), T().BaseException)) {
    Value inst;
    if (n > 1 && !a[1].is_none()) {
      if (isinstance(a[1], cast<TypeObj>(typ)))
        inst = a[1];
      else
        inst = call1(typ, a[1]);
    } else {
      inst = call0(typ);
    }
    e = cast<ExcObj>(inst);
  } else if (is_kind(typ, Kind::Exception)) {
    if (n > 1 && !a[1].is_none())
      type_error("instance exception may not have a separate value");
    e = cast<ExcObj>(typ);
  } else {
    type_errorf("exceptions must be classes or instances deriving from BaseException, not %s",
                type_name(typ));
  }
  return e;
}

NATIVE(gen_throw_m) {
  UNUSED_NATIVE_ARGS;
  if (n < 2)
    type_errorf("throw expected at least 1 argument, got %d", n - 1);
  GenObj* g = G(a[0]);
  ExcObj* e = exc_from_throw_args(a + 1, n - 1);
  Value r;
  RunStatus st = gen_throw(g, e, r);
  if (st == RunStatus::Yielded)
    return r;
  raise_stop(r);
}

Value gen_close(GenObj* g) {
  if (g->state == GenState::Created) {
    gen_finish(g);
    return None();
  }
  if (g->state == GenState::Closed)
    return None();
  Value r;
  try {
    RunStatus st = gen_throw(g, new_exception(T().GeneratorExit, std::vector<Value>{}), r);
    if (st == RunStatus::Yielded)
      raisef(T().RuntimeError, "%s ignored GeneratorExit", kind_word(g));
  } catch (PyError& e) {
    if (exc_matches(e.exc, T().GeneratorExit) || exc_matches(e.exc, T().StopIteration))
      return None();
    throw;
  }
  return None();
}

NATIVE(gen_close_m) {
  UNUSED_NATIVE_ARGS;
  return gen_close(G(a[0]));
}
NATIVE(gen_iter_m) {
  UNUSED_NATIVE_ARGS;
  return a[0];
}

NATIVE(gen_name_get) {
  UNUSED_NATIVE_ARGS;
  return V(G(a[0])->name);
}
NATIVE(gen_qualname_get) {
  UNUSED_NATIVE_ARGS;
  return V(G(a[0])->qualname);
}
NATIVE(gen_running_get) {
  UNUSED_NATIVE_ARGS;
  return Bool(G(a[0])->state == GenState::Running);
}
NATIVE(gen_suspended_get) {
  UNUSED_NATIVE_ARGS;
  return Bool(G(a[0])->state == GenState::Suspended);
}
NATIVE(gen_frame_get) {
  UNUSED_NATIVE_ARGS;
  GenObj* g = G(a[0]);
  return g->state == GenState::Closed ? None() : True();
}
NATIVE(gen_await_get) {
  UNUSED_NATIVE_ARGS;
  GenObj* g = G(a[0]);
  return g->yieldfrom.is_null() ? None() : g->yieldfrom;
}
NATIVE(gen_code_get) {
  UNUSED_NATIVE_ARGS;
  GenObj* g = G(a[0]);
  return g->frame ? V(g->frame->code) : None();
}

// ---- awaiting -----------------------------------------------------------------------------------
Value get_awaitable(const Value& v) {
  if (is_kind(v, Kind::Generator)) {
    GenObj* g = cast<GenObj>(v);
    if (g->gkind == GenKind::Coroutine) {
      if (!g->yieldfrom.is_null() && g->state == GenState::Suspended)
        raise(T().RuntimeError, "coroutine is being awaited already");
      return v;
    }
    if (g->gkind == GenKind::Generator && g->frame && (g->frame->code->flags & 512))
      return v; // iterable coroutine
  }
  TypeObj* t = type_of(v);
  if (t == T().async_generator_asend || t == T().async_generator_athrow || t == T().anext_awaitable)
    return v;
  if (is_kind(v, Kind::Host)) { // the asyncio binding's futures and awaitables
    Value m = lookup_type(t, N().__await__);
    if (!m.is_null())
      return call1(m, v);
  }
  Value m = lookup_type(t, N().__await__);
  if (!m.is_null() && !(t->builtin && t != T().coroutine)) {
    Value r = call1(m, v);
    if (is_kind(r, Kind::Generator) && cast<GenObj>(r)->gkind == GenKind::Coroutine)
      type_error("__await__() returned a coroutine");
    bool iter = (r.is_obj() && (r.o->kind == Kind::Iter || r.o->kind == Kind::Generator)) ||
                !lookup_type(type_of(r), N().__next__).is_null();
    if (!iter)
      type_errorf("__await__() returned non-iterator of type '%s'", type_name(r));
    return r;
  }
  type_errorf("object %s can't be used in 'await' expression", t->name->data());
}

bool send_into(const Value& it, const Value& v, Value& out, bool* returned) {
  if (is_kind(it, Kind::Generator) || is_coro_wrapper(it)) {
    RunStatus st = gen_send_ex(cast<GenObj>(delegate_of(it)), v, nullptr, out);
    *returned = st == RunStatus::Returned;
    return true;
  }
  if (is_kind(it, Kind::Host) && static_cast<HostObj*>(it.o)->iter_send(v, out, returned))
    return true;
  try {
    if (v.is_none()) {
      if (is_kind(it, Kind::Iter) && cast<IterObj>(it)->next) {
        if (!cast<IterObj>(it)->next(cast<IterObj>(it), out)) {
          out = None();
          *returned = true;
        }
        return true;
      }
      Value m = lookup_type(type_of(it), N().__next__);
      if (m.is_null())
        type_errorf("'%s' object is not an iterator", type_name(it));
      out = call1(m, it);
    } else {
      out = call_method(it, N().send, const_cast<Value*>(&v), 1);
    }
    *returned = false;
  } catch (PyError& e) {
    if (!exc_matches(e.exc, T().StopIteration))
      throw;
    out = stop_iteration_value(e.exc);
    *returned = true;
  }
  return true;
}

std::string gen_repr(GenObj* g) {
  return strf("<%s object %s at 0x%llx>",
              g->gkind == GenKind::Coroutine        ? "coroutine"
              : g->gkind == GenKind::AsyncGenerator ? "async_generator"
                                                    : "generator",
              g->qualname->data(), (unsigned long long)(uintptr_t)g);
}

// A suspended generator (or coroutine) the collector found unreachable is closed before it is
// freed, as CPython's finalizer does: GeneratorExit is thrown in so its finally blocks run; an
// exception escaping is reported as "Exception ignored in: <generator ...>".
bool gen_needs_finalize(Obj* o) {
  if (o->kind != Kind::Generator)
    return false;
  GenObj* g = static_cast<GenObj*>(o);
  return g->state == GenState::Suspended && g->frame;
}

void gen_finalize(GenObj* g) {
  VM& m = vm();
  if (g->state != GenState::Suspended)
    return;
  try {
    gen_close(g);
  } catch (PyError& e) {
    // CPython's unraisable hook prints the exception alone, without its chain.
    ExcObj* x = e.exc;
    Value cause = x->cause, context = x->context;
    x->cause = Value();
    x->context = Value();
    std::string tb = m.format_traceback(x);
    x->cause = cause;
    x->context = context;
    m.flush_out();
    m.write_err("Exception ignored in: " + gen_repr(g) + "\n" + tb);
  }
}

// Called by the collector on an object about to be freed.
void gen_finalizer(Obj* o) {
  if (o->kind != Kind::Generator)
    return;
  GenObj* g = static_cast<GenObj*>(o);
  if (g->gkind == GenKind::Coroutine && g->state == GenState::Created) {
    VM& m = vm();
    std::string where = "sys:1";
    if (m.top)
      where = std::string(sv(m.top->code->filename)) + ":" + std::to_string(m.top->line());
    std::string msg = where + ": RuntimeWarning: coroutine '" + std::string(sv(g->qualname)) +
                      "' was never awaited\n";
    if (m.top) {
      std::string src = m.source_line(m.top->code->filename, m.top->line());
      if (!src.empty())
        msg += "  " + src + "\n";
    }
    msg += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    m.write_err(msg);
    g->state = GenState::Closed;
  }
}

// ---- async generators -------------------------------------------------------------------------
// __anext__() / asend(v) / athrow(...) / aclose() return an awaitable (an IterObj of type
// async_generator_asend or async_generator_athrow): a = the async generator, b = the value to
// send or the exception to throw first, n = 0 asend, 1 athrow, 2 aclose, i = 0 unstarted,
// 1 running, 2 done. Iterating it drives the async generator: a value yielded by something the
// body awaits passes out to the driver; a value yielded by the body itself ends the step as
// StopIteration(value); the body returning ends it as StopAsyncIteration.
static Value agen_step(IterObj* it, Value sent, ExcObj* exc) {
  GenObj* g = cast<GenObj>(it->a);
  Value roots[3] = {V(it), sent, exc ? V(exc) : Value()};
  RootGuard r0(&roots[0]), r1(&roots[1]), r2(&roots[2]);
  if (it->i == 2)
    raise(T().RuntimeError, it->n == 0 ? "cannot reuse already awaited __anext__()/asend()"
                                       : "cannot reuse already awaited aclose()/athrow()");
  bool first = it->i == 0;
  it->i = 1;
  Value r;
  RunStatus st;
  try {
    if (first && it->n != 0) {
      if (it->n == 2 && g->state != GenState::Suspended) {
        gen_finish(g);
        it->i = 2;
        raise_stop(None());
      }
      ExcObj* e =
          it->n == 2 ? new_exception(T().GeneratorExit, std::vector<Value>{}) : cast<ExcObj>(it->b);
      st = gen_throw(g, e, r);
    } else if (exc) {
      st = gen_throw(g, exc, r);
    } else {
      st = gen_send_ex(g, first && sent.is_none() ? it->b : sent, nullptr, r);
    }
  } catch (PyError& e) {
    it->i = 2;
    if (it->n == 2 &&
        (exc_matches(e.exc, T().GeneratorExit) || exc_matches(e.exc, T().StopAsyncIteration)))
      raise_stop(None());
    throw;
  }
  if (st == RunStatus::Returned) {
    it->i = 2;
    if (it->n == 2)
      raise_stop(None());
    throw PyError{new_exception(T().StopAsyncIteration, std::vector<Value>{})};
  }
  if (!g->yieldfrom.is_null())
    return r; // a value from something awaited inside: pass it out to the driver
  it->i = 2;
  if (it->n == 2)
    raise(T().RuntimeError, "async generator ignored GeneratorExit");
  raise_stop(r);
}

static bool agen_step_next(IterObj* it, Value& out) {
  out = agen_step(it, None(), nullptr);
  return true;
}

static GenObj* AG(const Value& v) {
  if (is_kind(v, Kind::Generator) && cast<GenObj>(v)->gkind == GenKind::AsyncGenerator)
    return cast<GenObj>(v);
  type_errorf("descriptor requires an async_generator but received a '%s'", type_name(v));
}

static Value new_agen_step(const Value& agen, int mode, Value arg) {
  IterObj* step =
      new_iter(mode == 0 ? T().async_generator_asend : T().async_generator_athrow, agen_step_next);
  step->a = agen;
  step->b = arg;
  step->n = mode;
  return V(step);
}

NATIVE(agen_anext_m) {
  UNUSED_NATIVE_ARGS;
  return new_agen_step(V(AG(a[0])), 0, None());
}
NATIVE(agen_asend_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("asend", n - 1, 1, 1);
  return new_agen_step(V(AG(a[0])), 0, a[1]);
}
NATIVE(agen_athrow_m) {
  UNUSED_NATIVE_ARGS;
  if (n < 2)
    type_errorf("athrow expected at least 1 argument, got %d", n - 1);
  AG(a[0]);
  ExcObj* e = exc_from_throw_args(a + 1, n - 1);
  return new_agen_step(a[0], 1, V(e));
}
NATIVE(agen_aclose_m) {
  UNUSED_NATIVE_ARGS;
  return new_agen_step(V(AG(a[0])), 2, None());
}
NATIVE(agen_aiter_m) {
  UNUSED_NATIVE_ARGS;
  return a[0];
}

static IterObj* STEP(const Value& v) {
  if (is_kind(v, Kind::Iter) && cast<IterObj>(v)->next == agen_step_next)
    return cast<IterObj>(v);
  type_errorf("expected an async generator step, got '%s'", type_name(v));
}
NATIVE(step_next_m) {
  UNUSED_NATIVE_ARGS;
  return agen_step(STEP(a[0]), None(), nullptr);
}
NATIVE(step_send_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("send", n - 1, 1, 1);
  return agen_step(STEP(a[0]), a[1], nullptr);
}
NATIVE(step_throw_m) {
  UNUSED_NATIVE_ARGS;
  if (n < 2)
    type_errorf("throw expected at least 1 argument, got %d", n - 1);
  IterObj* it = STEP(a[0]);
  return agen_step(it, None(), exc_from_throw_args(a + 1, n - 1));
}
NATIVE(step_close_m) {
  UNUSED_NATIVE_ARGS;
  STEP(a[0])->i = 2;
  return None();
}

// anext(it, default): wraps the awaitable of it.__anext__(); its StopAsyncIteration becomes
// StopIteration(default). a = the awaitable's iterator, b = the default.
static Value anext_aw_step(IterObj* it, Value sent, ExcObj* exc) {
  Value x = it->a;
  Value roots[3] = {V(it), sent, exc ? V(exc) : Value()};
  RootGuard r0(&roots[0]), r1(&roots[1]), r2(&roots[2]);
  try {
    if (exc) {
      if (is_kind(x, Kind::Generator)) {
        Value r;
        if (gen_throw(cast<GenObj>(x), exc, r) == RunStatus::Returned)
          raise_stop(r);
        return r;
      }
      Value th = getattr_opt(x, N().throw_);
      if (th.is_null())
        throw PyError{exc};
      return call1(th, V(exc));
    }
    Value out;
    bool returned = false;
    send_into(x, sent, out, &returned);
    if (returned)
      raise_stop(out);
    return out;
  } catch (PyError& e) {
    if (exc_matches(e.exc, T().StopAsyncIteration))
      raise_stop(it->b);
    throw;
  }
}
static bool anext_aw_next(IterObj* it, Value& out) {
  out = anext_aw_step(it, None(), nullptr);
  return true;
}
Value make_anext_awaitable(const Value& awaitable, const Value& dflt) {
  IterObj* it = new_iter(T().anext_awaitable, anext_aw_next);
  it->a = get_awaitable(awaitable);
  it->b = dflt;
  return V(it);
}
static IterObj* ANA(const Value& v) {
  if (is_kind(v, Kind::Iter) && cast<IterObj>(v)->next == anext_aw_next)
    return cast<IterObj>(v);
  type_errorf("expected an anext_awaitable, got '%s'", type_name(v));
}
NATIVE(ana_next_m) {
  UNUSED_NATIVE_ARGS;
  return anext_aw_step(ANA(a[0]), None(), nullptr);
}
NATIVE(ana_send_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("send", n - 1, 1, 1);
  return anext_aw_step(ANA(a[0]), a[1], nullptr);
}
NATIVE(ana_throw_m) {
  UNUSED_NATIVE_ARGS;
  if (n < 2)
    type_errorf("throw expected at least 1 argument, got %d", n - 1);
  IterObj* it = ANA(a[0]);
  return anext_aw_step(it, None(), exc_from_throw_args(a + 1, n - 1));
}
NATIVE(ana_close_m) {
  UNUSED_NATIVE_ARGS;
  IterObj* it = ANA(a[0]);
  Value cl = getattr_opt(it->a, N().close);
  if (!cl.is_null())
    call0(cl);
  return None();
}

// ---- coroutine_wrapper --------------------------------------------------------------------------
static bool coro_wrapper_next(IterObj* it, Value& out) {
  Value r;
  if (gen_send_ex(cast<GenObj>(it->a), None(), nullptr, r) == RunStatus::Yielded) {
    out = r;
    return true;
  }
  if (r.is_none())
    return false;
  raise_stop(r); // the coroutine's return value travels in StopIteration
}

static GenObj* WRAPPED(const Value& v) {
  if (is_coro_wrapper(v))
    return cast<GenObj>(cast<IterObj>(v)->a);
  type_errorf("descriptor requires a 'coroutine_wrapper' object but received a '%s'", type_name(v));
}

NATIVE(coro_await_m) {
  UNUSED_NATIVE_ARGS;
  GenObj* g = G(a[0]);
  IterObj* it = new_iter(vm().coroutine_wrapper, coro_wrapper_next);
  it->a = V(g);
  return V(it);
}
NATIVE(cw_next_m) {
  UNUSED_NATIVE_ARGS;
  Value r;
  if (gen_send_ex(WRAPPED(a[0]), None(), nullptr, r) == RunStatus::Yielded)
    return r;
  raise_stop(r);
}
NATIVE(cw_send_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("send", n - 1, 1, 1);
  Value r;
  if (gen_send_ex(WRAPPED(a[0]), a[1], nullptr, r) == RunStatus::Yielded)
    return r;
  raise_stop(r);
}
NATIVE(cw_throw_m) {
  UNUSED_NATIVE_ARGS;
  if (n < 2)
    type_errorf("throw expected at least 1 argument, got %d", n - 1);
  GenObj* g = WRAPPED(a[0]);
  Value r;
  if (gen_throw(g, exc_from_throw_args(a + 1, n - 1), r) == RunStatus::Yielded)
    return r;
  raise_stop(r);
}
NATIVE(cw_close_m) {
  UNUSED_NATIVE_ARGS;
  return gen_close(WRAPPED(a[0]));
}

void init_generator_methods() {
  Types& t = T();
  VM& m = vm();
  m.coroutine_wrapper = new_type("coroutine_wrapper", t.object, Kind::Iter, true);
  m.coroutine_wrapper->final_ = true;
  m.extra_roots.push_back([&m](Heap& heap) { heap.mark(m.coroutine_wrapper); });
  add_method(m.coroutine_wrapper, "__next__", cw_next_m);
  add_method(m.coroutine_wrapper, "send", cw_send_m);
  add_method(m.coroutine_wrapper, "throw", cw_throw_m);
  add_method(m.coroutine_wrapper, "close", cw_close_m);
  add_method(m.coroutine_wrapper, "__iter__", gen_iter_m);
  for (TypeObj* ty : {t.generator, t.coroutine}) {
    add_method(ty, "send", gen_send_m);
    add_method(ty, "throw", gen_throw_m);
    add_method(ty, "close", gen_close_m);
    auto prop = [&](const char* name, NativeFn fn) {
      PropertyObj* p = vm().heap.alloc<PropertyObj>(t.property, Kind::Property);
      p->fget = V(new_native(name, fn));
      p->fset = None();
      dict_set(ty->dict, V(intern(name)), V(p));
    };
    prop("__name__", gen_name_get);
    prop("__qualname__", gen_qualname_get);
    if (ty == t.generator) {
      prop("gi_running", gen_running_get);
      prop("gi_suspended", gen_suspended_get);
      prop("gi_frame", gen_frame_get);
      prop("gi_yieldfrom", gen_await_get);
      prop("gi_code", gen_code_get);
    } else {
      prop("cr_running", gen_running_get);
      prop("cr_suspended", gen_suspended_get);
      prop("cr_frame", gen_frame_get);
      prop("cr_await", gen_await_get);
      prop("cr_code", gen_code_get);
    }
  }
  add_method(t.generator, "__next__", gen_next_m);
  add_method(t.generator, "__iter__", gen_iter_m);
  add_method(t.coroutine, "__await__", coro_await_m);
  add_method(t.async_generator, "__anext__", agen_anext_m);
  add_method(t.async_generator, "__aiter__", agen_aiter_m);
  add_method(t.async_generator, "asend", agen_asend_m);
  add_method(t.async_generator, "athrow", agen_athrow_m);
  add_method(t.async_generator, "aclose", agen_aclose_m);
  for (const char* name : {"__name__", "__qualname__"}) {
    PropertyObj* p = vm().heap.alloc<PropertyObj>(t.property, Kind::Property);
    p->fget = V(new_native(name, name[2] == 'n' ? gen_name_get : gen_qualname_get));
    p->fset = None();
    dict_set(t.async_generator->dict, V(intern(name)), V(p));
  }
  for (TypeObj* ty : {t.async_generator_asend, t.async_generator_athrow}) {
    add_method(ty, "__next__", step_next_m);
    add_method(ty, "send", step_send_m);
    add_method(ty, "throw", step_throw_m);
    add_method(ty, "close", step_close_m);
    add_method(ty, "__iter__", gen_iter_m);
    add_method(ty, "__await__", gen_iter_m);
  }
  add_method(t.anext_awaitable, "__next__", ana_next_m);
  add_method(t.anext_awaitable, "send", ana_send_m);
  add_method(t.anext_awaitable, "throw", ana_throw_m);
  add_method(t.anext_awaitable, "close", ana_close_m);
  add_method(t.anext_awaitable, "__iter__", gen_iter_m);
  add_method(t.anext_awaitable, "__await__", gen_iter_m);
}

} // namespace tulip::lang
