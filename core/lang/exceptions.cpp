// Exceptions: the CPython 3.11 hierarchy, BaseException's attributes (args, __cause__,
// __context__, ...), str/repr, and the "ValueError: msg" line of tracebacks.
#include <algorithm>
#include <cstdint>

#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

// What CPython 3.11 searches for a NameError's suggestion: the code's local variable names
// (bound or not), then the frame's globals, then its builtins.
static Value capture_scope() {
  VM& m = vm();
  Frame* f = m.top;
  if (!f)
    return Value();
  ListObj* varnames = new_list();
  for (StrObj* n : f->code->varnames)
    varnames->items.push_back(V(n));
  return V(new_tuple(
      {V(varnames), f->globals ? V(f->globals) : None(), m.builtins ? V(m.builtins) : None()}));
}

ExcObj* new_exception(TypeObj* type, std::vector<Value> args) {
  ExcObj* e = vm().heap.alloc<ExcObj>(type, Kind::Exception);
  e->args = new_tuple(std::move(args));
  if (type == T().NameError)
    e->scope = capture_scope();
  return e;
}

ExcObj* new_exception(TypeObj* type, std::string_view msg) {
  return new_exception(type, std::vector<Value>{str_val(msg)});
}

bool exc_matches(ExcObj* e, TypeObj* t) { return is_subtype(e->type, t); }

bool exc_matches_value(ExcObj* e, Value spec) {
  if (is_type(spec)) {
    TypeObj* t = cast<TypeObj>(spec);
    if (!t->is_exception && t != T().BaseException)
      type_error("catching classes that do not inherit from BaseException is not allowed");
    return exc_matches(e, t);
  }
  if (is_tuple(spec)) {
    for (auto& s : cast<TupleObj>(spec)->items)
      if (exc_matches_value(e, s))
        return true;
    return false;
  }
  type_error("catching classes that do not inherit from BaseException is not allowed");
}

static Value exc_code(ExcObj* e);

std::string exc_message(ExcObj* e) {
  auto& args = e->args->items;
  if (is_subtype(e->type, T().KeyError) && args.size() == 1)
    return repr(args[0]);
  if (is_subtype(e->type, T().OSError) && args.size() >= 2 && args[0].is_int()) {
    std::string s = strf("[Errno %lld] ", (long long)args[0].i) + to_str(args[1]);
    if (args.size() >= 3)
      s += ": " + repr(args[2]);
    return s;
  }
  if (args.empty())
    return "";
  if (args.size() == 1)
    return to_str(args[0]);
  return repr(V(e->args));
}

std::string exc_repr(ExcObj* e) {
  std::string n(sv(e->type->name));
  auto& args = e->args->items;
  if (args.size() == 1)
    return n + "(" + repr(args[0]) + ")";
  std::string r = repr(V(e->args));
  return n + r;
}

std::string exc_line(ExcObj* e) {
  TypeObj* t = e->type;
  std::string name(sv(t->qualname));
  std::string mod = t->module ? std::string(sv(t->module)) : "builtins";
  if (mod != "__main__" && mod != "builtins")
    name = mod + "." + name;
  std::string msg;
  try {
    msg = to_str(V(e));
  } catch (PyError&) {
    msg = "<exception str() failed>";
  }
  if (msg.empty())
    return name;
  return name + ": " + msg;
}

// ---- "Did you mean" (CPython 3.11's Python/suggestions.c) --------------------------------------
namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31))
    return kMoveCost; // not the same letter, nor a case flip
  if (a == b)
    return 0;
  if (a >= 'A' && a <= 'Z')
    a = char(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z')
    b = char(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// The Levenshtein distance with case flips cheaper, giving up above max_cost.
size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front())
    a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back())
    a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty())
    return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize)
    return max_cost + 1;
  if (b.size() < a.size())
    std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost)
    return max_cost + 1;
  size_t buffer[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i)
    buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = buffer[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost)
      return max_cost + 1;
  }
  return result;
}

Value closest_name(const std::vector<Value>& dir, std::string_view name) {
  if (dir.size() >= kMaxCandidates)
    return Value();
  Value best;
  size_t best_distance = SIZE_MAX;
  for (const Value& item : dir) {
    if (!is_str(item) || sv(item) == name)
      continue;
    // No more than 1/3 of the involved characters should need changing.
    size_t max_distance = (name.size() + sv(item).size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, sv(item), max_distance);
    if (d > max_distance)
      continue;
    if (best.is_null() || d < best_distance) {
      best = item;
      best_distance = d;
    }
  }
  return best;
}

std::vector<Value> names_of(const Value& v) {
  std::vector<Value> out;
  if (is_list(v))
    return cast<ListObj>(v)->items;
  if (is_dict(v))
    for (auto& e : cast<DictObj>(v)->entries)
      if (!e.key.is_null())
        out.push_back(e.key);
  return out;
}

} // namespace

std::string exc_suggestion(ExcObj* e) {
  if (!exc_matches(e, T().NameError) || !is_tuple(e->scope) || !e->dict)
    return "";
  Value name = dict_get(e->dict, "name");
  if (name.is_null() || !is_str(name))
    return "";
  for (const Value& scope : cast<TupleObj>(e->scope)->items) {
    Value s = closest_name(names_of(scope), sv(name));
    if (!s.is_null())
      return ". Did you mean: '" + std::string(sv(s)) + "'?";
  }
  return "";
}

ExcObj* make_raise(Value v) {
  if (is_kind(v, Kind::Exception))
    return cast<ExcObj>(v);
  if (is_type(v) && cast<TypeObj>(v)->is_exception) {
    Value inst = call0(v);
    if (!is_kind(inst, Kind::Exception))
      type_errorf("calling %s should have returned an instance of BaseException, not %s",
                  repr(v).c_str(), type_name(inst));
    return cast<ExcObj>(inst);
  }
  type_error("exceptions must derive from BaseException");
}

// CPython's implicit chaining (_PyErr_SetObject): `e` raised while `handled` is being handled
// gets it as __context__. A chain that would loop back to `e` is cut where it reaches it.
void chain_context(ExcObj* e, const Value& handled) {
  if (!is_kind(handled, Kind::Exception) || handled.o == e)
    return;
  Value o = handled;
  for (int guard = 0; guard < 10000; ++guard) { // a pre-existing cycle ends the walk
    Value next = cast<ExcObj>(o)->context;
    if (!is_kind(next, Kind::Exception))
      break;
    if (next.o == e) {
      cast<ExcObj>(o)->context = Value();
      break;
    }
    o = next;
  }
  e->context = handled;
}

// ---- BaseException methods and attributes -------------------------------------------------------
static ExcObj* E(const Value& v) {
  if (is_kind(v, Kind::Exception))
    return cast<ExcObj>(v);
  type_errorf("descriptor requires a 'BaseException' object but received a '%s'", type_name(v));
}

NATIVE(exc_new) {
  UNUSED_NATIVE_ARGS;
  TypeObj* t = cast<TypeObj>(a[0]);
  std::vector<Value> args(a + 1, a + n);
  if (kw.n && t->builtin)
    type_errorf("%s() takes no keyword arguments", t->name->data());
  ExcObj* e = new_exception(t, std::move(args));
  return V(e);
}
NATIVE(exc_init) {
  UNUSED_NATIVE_ARGS;
  ExcObj* e = E(a[0]);
  e->args = new_tuple(std::vector<Value>(a + 1, a + n));
  return None();
}
NATIVE(exc_str) {
  UNUSED_NATIVE_ARGS;
  return str_val(exc_message(E(a[0])));
}
NATIVE(exc_repr_m) {
  UNUSED_NATIVE_ARGS;
  return str_val(exc_repr(E(a[0])));
}
NATIVE(exc_with_traceback) {
  UNUSED_NATIVE_ARGS;
  return a[0];
}
NATIVE(exc_add_note) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = instance_dict(a[0], true);
  Value notes = dict_get(d, "__notes__");
  if (notes.is_null()) {
    notes = V(new_list());
    dict_set(d, "__notes__", notes);
  }
  list_append(cast<ListObj>(notes), a[1]);
  return None();
}

NATIVE(args_get) {
  UNUSED_NATIVE_ARGS;
  return V(E(a[0])->args);
}
NATIVE(args_set) {
  UNUSED_NATIVE_ARGS;
  E(a[0])->args = new_tuple(to_vector(a[1]));
  return None();
}
NATIVE(cause_get) {
  UNUSED_NATIVE_ARGS;
  Value c = E(a[0])->cause;
  return c.is_null() ? None() : c;
}
NATIVE(cause_set) {
  UNUSED_NATIVE_ARGS;
  if (!a[1].is_none() && !is_kind(a[1], Kind::Exception))
    type_error("exception cause must be None or derive from BaseException");
  E(a[0])->cause = a[1];
  E(a[0])->suppress_context = true;
  return None();
}
NATIVE(context_get) {
  UNUSED_NATIVE_ARGS;
  Value c = E(a[0])->context;
  return c.is_null() ? None() : c;
}
NATIVE(context_set) {
  UNUSED_NATIVE_ARGS;
  if (!a[1].is_none() && !is_kind(a[1], Kind::Exception))
    type_error("exception context must be None or derive from BaseException");
  E(a[0])->context = a[1].is_none() ? Value() : a[1];
  return None();
}
NATIVE(suppress_get) {
  UNUSED_NATIVE_ARGS;
  return Bool(E(a[0])->suppress_context);
}
NATIVE(suppress_set) {
  UNUSED_NATIVE_ARGS;
  E(a[0])->suppress_context = truthy(a[1]);
  return None();
}
NATIVE(tb_get) {
  UNUSED_NATIVE_ARGS;
  return E(a[0])->tb.empty() ? None() : True();
}
NATIVE(tb_set) {
  UNUSED_NATIVE_ARGS;
  return None();
}
static Value exc_code(ExcObj* e) {
  auto& args = e->args->items;
  if (args.empty())
    return None();
  if (args.size() == 1)
    return args[0];
  return V(e->args);
}
NATIVE(value_get) {
  UNUSED_NATIVE_ARGS;
  ExcObj* e = E(a[0]);
  DictObj* d = instance_dict(a[0], false);
  if (d) {
    Value v = dict_get(d, "value");
    if (!v.is_null())
      return v;
  }
  return e->args->items.empty() ? None() : e->args->items[0];
}
NATIVE(value_set) {
  UNUSED_NATIVE_ARGS;
  dict_set(instance_dict(a[0], true), "value", a[1]);
  return None();
}
NATIVE(code_get) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = instance_dict(a[0], false);
  if (d) {
    Value v = dict_get(d, "code");
    if (!v.is_null())
      return v;
  }
  return exc_code(E(a[0]));
}
NATIVE(code_set) {
  UNUSED_NATIVE_ARGS;
  dict_set(instance_dict(a[0], true), "code", a[1]);
  return None();
}
static Value arg_or_none(ExcObj* e, size_t i) {
  if (e->args->items.size() >= 2 && i < e->args->items.size())
    return e->args->items[i];
  return None();
}
NATIVE(errno_get) {
  UNUSED_NATIVE_ARGS;
  return arg_or_none(E(a[0]), 0);
}
NATIVE(strerror_get) {
  UNUSED_NATIVE_ARGS;
  return arg_or_none(E(a[0]), 1);
}
NATIVE(filename_get) {
  UNUSED_NATIVE_ARGS;
  ExcObj* e = E(a[0]);
  return e->args->items.size() >= 3 ? e->args->items[2] : None();
}
NATIVE(name_attr_get) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = instance_dict(a[0], false);
  if (d) {
    Value v = dict_get(d, "name");
    if (!v.is_null())
      return v;
  }
  return None();
}
NATIVE(name_attr_set) {
  UNUSED_NATIVE_ARGS;
  dict_set(instance_dict(a[0], true), "name", a[1]);
  return None();
}
NATIVE(msg_get) {
  UNUSED_NATIVE_ARGS;
  ExcObj* e = E(a[0]);
  DictObj* d = instance_dict(a[0], false);
  if (d) {
    Value v = dict_get(d, "msg");
    if (!v.is_null())
      return v;
  }
  return e->args->items.empty() ? None() : e->args->items[0];
}

static void prop(TypeObj* t, const char* name, NativeFn get, NativeFn set) {
  PropertyObj* p = vm().heap.alloc<PropertyObj>(T().property, Kind::Property);
  p->fget = V(new_native(name, get));
  p->fset = set ? V(new_native(name, set)) : None();
  p->fdel = None();
  p->doc = None();
  dict_set(t->dict, V(intern(name)), V(p));
}

void init_exceptions() {
  Types& t = T();
  auto mk = [&](const char* name, TypeObj* base) {
    TypeObj* ty = new_type(name, base, Kind::Exception, true);
    ty->is_exception = true;
    return ty;
  };
  t.BaseException = mk("BaseException", t.object);
  TypeObj* be = t.BaseException;
  NativeObj* nw = new_native("__new__", exc_new);
  nw->owner = be;
  dict_set(be->dict, V(N().__new__), V(nw));
  add_method(be, "__init__", exc_init);
  add_method(be, "__str__", exc_str);
  add_method(be, "__repr__", exc_repr_m);
  add_method(be, "with_traceback", exc_with_traceback);
  add_method(be, "add_note", exc_add_note);
  prop(be, "args", args_get, args_set);
  prop(be, "__cause__", cause_get, cause_set);
  prop(be, "__context__", context_get, context_set);
  prop(be, "__suppress_context__", suppress_get, suppress_set);
  prop(be, "__traceback__", tb_get, tb_set);

  t.Exception = mk("Exception", be);
  t.GeneratorExit = mk("GeneratorExit", be);
  t.KeyboardInterrupt = mk("KeyboardInterrupt", be);
  t.SystemExit = mk("SystemExit", be);
  prop(t.SystemExit, "code", code_get, code_set);
  TypeObj* ex = t.Exception;
  t.StopIteration = mk("StopIteration", ex);
  prop(t.StopIteration, "value", value_get, value_set);
  t.StopAsyncIteration = mk("StopAsyncIteration", ex);
  prop(t.StopAsyncIteration, "value", value_get, value_set);
  t.ArithmeticError = mk("ArithmeticError", ex);
  t.FloatingPointError = mk("FloatingPointError", t.ArithmeticError);
  t.OverflowError = mk("OverflowError", t.ArithmeticError);
  t.ZeroDivisionError = mk("ZeroDivisionError", t.ArithmeticError);
  t.AssertionError = mk("AssertionError", ex);
  t.AttributeError = mk("AttributeError", ex);
  prop(t.AttributeError, "name", name_attr_get, name_attr_set);
  prop(t.AttributeError, "obj", name_attr_get, name_attr_set);
  t.BufferError = mk("BufferError", ex);
  t.EOFError = mk("EOFError", ex);
  t.ImportError = mk("ImportError", ex);
  prop(t.ImportError, "name", name_attr_get, name_attr_set);
  t.ModuleNotFoundError = mk("ModuleNotFoundError", t.ImportError);
  t.LookupError = mk("LookupError", ex);
  t.IndexError = mk("IndexError", t.LookupError);
  t.KeyError = mk("KeyError", t.LookupError);
  t.MemoryError = mk("MemoryError", ex);
  t.NameError = mk("NameError", ex);
  prop(t.NameError, "name", name_attr_get, name_attr_set);
  t.UnboundLocalError = mk("UnboundLocalError", t.NameError);
  t.OSError = mk("OSError", ex);
  prop(t.OSError, "errno", errno_get, nullptr);
  prop(t.OSError, "strerror", strerror_get, nullptr);
  prop(t.OSError, "filename", filename_get, nullptr);
  t.BlockingIOError = mk("BlockingIOError", t.OSError);
  t.ChildProcessError = mk("ChildProcessError", t.OSError);
  t.ConnectionError = mk("ConnectionError", t.OSError);
  t.BrokenPipeError = mk("BrokenPipeError", t.ConnectionError);
  t.ConnectionAbortedError = mk("ConnectionAbortedError", t.ConnectionError);
  t.ConnectionRefusedError = mk("ConnectionRefusedError", t.ConnectionError);
  t.ConnectionResetError = mk("ConnectionResetError", t.ConnectionError);
  t.FileExistsError = mk("FileExistsError", t.OSError);
  t.FileNotFoundError = mk("FileNotFoundError", t.OSError);
  t.InterruptedError = mk("InterruptedError", t.OSError);
  t.IsADirectoryError = mk("IsADirectoryError", t.OSError);
  t.NotADirectoryError = mk("NotADirectoryError", t.OSError);
  t.PermissionError = mk("PermissionError", t.OSError);
  t.ProcessLookupError = mk("ProcessLookupError", t.OSError);
  t.TimeoutError = mk("TimeoutError", t.OSError);
  t.ReferenceError = mk("ReferenceError", ex);
  t.RuntimeError = mk("RuntimeError", ex);
  t.NotImplementedError = mk("NotImplementedError", t.RuntimeError);
  t.RecursionError = mk("RecursionError", t.RuntimeError);
  t.SyntaxError = mk("SyntaxError", ex);
  prop(t.SyntaxError, "msg", msg_get, nullptr);
  t.IndentationError = mk("IndentationError", t.SyntaxError);
  t.TabError = mk("TabError", t.IndentationError);
  t.SystemError = mk("SystemError", ex);
  t.TypeError = mk("TypeError", ex);
  t.ValueError = mk("ValueError", ex);
  t.UnicodeError = mk("UnicodeError", t.ValueError);
  t.UnicodeDecodeError = mk("UnicodeDecodeError", t.UnicodeError);
  t.UnicodeEncodeError = mk("UnicodeEncodeError", t.UnicodeError);
  t.Warning = mk("Warning", ex);
  t.DeprecationWarning = mk("DeprecationWarning", t.Warning);
  t.RuntimeWarning = mk("RuntimeWarning", t.Warning);
  t.UserWarning = mk("UserWarning", t.Warning);
}

void register_exceptions(DictObj* b) {
  Types& t = T();
  for (TypeObj* ty : {t.BaseException,
                      t.Exception,
                      t.GeneratorExit,
                      t.KeyboardInterrupt,
                      t.SystemExit,
                      t.StopIteration,
                      t.StopAsyncIteration,
                      t.ArithmeticError,
                      t.FloatingPointError,
                      t.OverflowError,
                      t.ZeroDivisionError,
                      t.AssertionError,
                      t.AttributeError,
                      t.BufferError,
                      t.EOFError,
                      t.ImportError,
                      t.ModuleNotFoundError,
                      t.LookupError,
                      t.IndexError,
                      t.KeyError,
                      t.MemoryError,
                      t.NameError,
                      t.UnboundLocalError,
                      t.OSError,
                      t.BlockingIOError,
                      t.ChildProcessError,
                      t.ConnectionError,
                      t.BrokenPipeError,
                      t.ConnectionAbortedError,
                      t.ConnectionRefusedError,
                      t.ConnectionResetError,
                      t.FileExistsError,
                      t.FileNotFoundError,
                      t.InterruptedError,
                      t.IsADirectoryError,
                      t.NotADirectoryError,
                      t.PermissionError,
                      t.ProcessLookupError,
                      t.TimeoutError,
                      t.ReferenceError,
                      t.RuntimeError,
                      t.NotImplementedError,
                      t.RecursionError,
                      t.SyntaxError,
                      t.IndentationError,
                      t.TabError,
                      t.SystemError,
                      t.TypeError,
                      t.ValueError,
                      t.UnicodeError,
                      t.UnicodeDecodeError,
                      t.UnicodeEncodeError,
                      t.Warning,
                      t.DeprecationWarning,
                      t.RuntimeWarning,
                      t.UserWarning})
    dict_set(b, V(ty->name), V(ty));
  dict_set(b, "EnvironmentError", V(t.OSError));
  dict_set(b, "IOError", V(t.OSError));
}

} // namespace tulip::lang
