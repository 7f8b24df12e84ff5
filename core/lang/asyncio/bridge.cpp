// Held values, exceptions across the boundary, and the host types of the asyncio binding.
#include "lang/asyncio/bridge.hpp"

#include <cerrno>

#include "lang/memory.hpp"
#include "lang/vm.hpp"

namespace tulip::lang::aio {

// ---- Held ---------------------------------------------------------------------------------------
// Every Held is on one list per thread: the collector marks them all.
static thread_local Held* g_held = nullptr;

void Held::link() noexcept {
  next_ = g_held;
  if (g_held)
    g_held->prev_ = this;
  g_held = this;
}

void Held::unlink() noexcept {
  if (prev_)
    prev_->next_ = next_;
  else
    g_held = next_;
  if (next_)
    next_->prev_ = prev_;
}

void Held::mark_all(lang::Heap& heap) {
  for (Held* h = g_held; h; h = h->next_)
    heap.mark(h->v_);
}

BindingTypes& types() {
  static thread_local BindingTypes t;
  return t;
}

std::string safe_repr(const Value& v) {
  if (!v.is_obj() || is_str(v))
    return repr(v);
  if (v.o->kind == Kind::Exception) {
    auto* e = cast<ExcObj>(v);
    std::string s = std::string(sv(e->type->name)) + "(";
    if (e->args)
      for (size_t i = 0; i < e->args->items.size(); ++i)
        s += (i ? ", " : "") + safe_repr(e->args->items[i]);
    return s + ")";
  }
  if (v.o->kind == Kind::Host || v.o->kind == Kind::Generator)
    return "<" + std::string(sv(v.o->type->name)) + " object>";
  return repr(v);
}

// ---- exceptions ---------------------------------------------------------------------------------
static ExcObj* make_exc(const Held& type, std::string_view msg, bool with_msg) {
  TypeObj* t = is_type(type.get()) ? cast<TypeObj>(type.get()) : T().RuntimeError;
  if (!with_msg)
    return new_exception(t, std::vector<Value>{});
  return new_exception(t, msg);
}

ExcObj* cancelled_error(const CancelMessage& msg) {
  return make_exc(types().cancelled, msg ? *msg : "", msg.has_value());
}

// The OSError subclass Python raises for an errno.
static ExcObj* os_error(const OSError& x) {
  TypeObj* type = T().OSError;
  switch (x.code) {
  case ECONNREFUSED:
    type = T().ConnectionRefusedError;
    break;
  case ECONNRESET:
    type = T().ConnectionResetError;
    break;
  case EPIPE:
    type = T().BrokenPipeError;
    break;
  case ECONNABORTED:
    type = T().ConnectionAbortedError;
    break;
  case ETIMEDOUT:
    type = T().TimeoutError;
    break;
  default:
    break;
  }
  if (!x.with_errno)
    return new_exception(type, x.what());
  return new_exception(type, std::vector<Value>{Int(x.code), str_val(x.what())});
}

ExcObj* to_python(std::exception_ptr e) {
  BindingTypes& t = types();
  try {
    std::rethrow_exception(e);
  } catch (const ScriptError& s) {
    return cast<ExcObj>(s.exc.get());
  } catch (const ScriptCancelled& c) {
    return cast<ExcObj>(c.exc.get());
  } catch (const CancelledError& c) {
    return cancelled_error(c.message());
  } catch (const TimeoutError& x) {
    return new_exception(T().TimeoutError, std::vector<Value>{});
  } catch (const InvalidStateError& x) {
    return make_exc(t.invalid_state, x.what(), true);
  } catch (const QueueEmpty&) {
    return make_exc(t.queue_empty, "", false);
  } catch (const QueueFull&) {
    return make_exc(t.queue_full, "", false);
  } catch (const BrokenBarrierError& x) {
    return make_exc(t.broken_barrier, x.what(), *x.what() != 0);
  } catch (const IncompleteReadError& x) {
    Value partial = V(new_bytes(x.partial));
    Value expected = x.expected ? Int(int64_t(*x.expected)) : None();
    return cast<ExcObj>(call2(t.incomplete_read.get(), partial, expected));
  } catch (const LimitOverrunError& x) {
    return cast<ExcObj>(call2(t.limit_overrun.get(), str_val(x.what()), Int(int64_t(x.consumed))));
  } catch (const OSError& x) {
    return os_error(x);
  } catch (const DeadlockError& x) {
    return new_exception(T().RuntimeError, x.what());
  } catch (const std::invalid_argument& x) {
    return new_exception(T().ValueError, x.what());
  } catch (const std::bad_alloc&) {
    return new_exception(T().MemoryError, std::vector<Value>{});
  } catch (const std::exception& x) {
    return new_exception(T().RuntimeError, x.what());
  } catch (PyError& p) {
    return p.exc;
  }
}

ExcObj* current_to_python() { return to_python(std::current_exception()); }

// ---- host types ---------------------------------------------------------------------------------
TypeObj* host_type(const char* name, const char* module) {
  TypeObj* t = new_type(name, T().object, Kind::Host, true);
  t->module = intern(module);
  t->final_ = true;
  return t;
}

} // namespace tulip::lang::aio
