// Generic object protocol: types, repr/str, hashing, comparison, operators, attributes, calls,
// iteration. Type-specific pieces live in their own files (str, dict, set, list, ...).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "lang/ast.hpp" // repr_float
#include "lang/bigint.hpp"
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static Names g_names;
Names& N() { return g_names; }

void init_names() {
  Names& n = g_names;
#define TULIP_NAME_INIT(x)                                                                         \
  {                                                                                                \
    std::string_view s = #x;                                                                       \
    if (s.back() == '_' && s.size() > 2 && s[s.size() - 2] != '_')                                 \
      s.remove_suffix(1);                                                                          \
    n.x = intern(s);                                                                               \
  }
  TULIP_NAMES(TULIP_NAME_INIT)
#undef TULIP_NAME_INIT
  static const char* ops[13] = {"add",    "sub",    "mul", "truediv", "floordiv", "mod",   "pow",
                                "lshift", "rshift", "and", "or",      "xor",      "matmul"};
  for (int i = 0; i < 13; ++i) {
    n.binop[i] = intern(std::string("__") + ops[i] + "__");
    n.rbinop[i] = intern(std::string("__r") + ops[i] + "__");
    n.ibinop[i] = intern(std::string("__i") + ops[i] + "__");
  }
  static const char* cmps[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  for (int i = 0; i < 6; ++i)
    n.cmp[i] = intern(cmps[i]);
  n.empty = intern("");
  n.lambda = intern("<lambda>");
  n.module = intern("<module>");
}

std::string vstrf(const char* fmt, va_list ap) {
  char buf[512];
  va_list again;
  va_copy(again, ap);
  int k = std::vsnprintf(buf, sizeof buf, fmt, ap);
  if (k < int(sizeof buf)) {
    va_end(again);
    return std::string(buf, size_t(k < 0 ? 0 : k));
  }
  std::string s(size_t(k) + 1, '\0');
  std::vsnprintf(s.data(), s.size(), fmt, again);
  va_end(again);
  s.resize(size_t(k));
  return s;
}

std::string strf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string s = vstrf(fmt, ap);
  va_end(ap);
  return s;
}

Types& T() { return vm().types; }
Value None() { return Value::none(); }
Value True() { return Value::boolean(true); }
Value False() { return Value::boolean(false); }
Value NotImplemented() { return vm().notimpl_v; }
Value Ellipsis() { return vm().ellipsis_v; }

// ---- construction -------------------------------------------------------------------------------
ListObj* new_list(size_t n) {
  ListObj* l = vm().heap.alloc<ListObj>(T().list, Kind::List);
  l->items.resize(n);
  return l;
}
ListObj* new_list(std::vector<Value> items) {
  ListObj* l = vm().heap.alloc<ListObj>(T().list, Kind::List);
  l->items = std::move(items);
  return l;
}
TupleObj* new_tuple(size_t n) {
  if (n == 0 && vm().empty_tuple_)
    return vm().empty_tuple_;
  TupleObj* t = vm().heap.alloc<TupleObj>(T().tuple, Kind::Tuple);
  t->items.resize(n);
  return t;
}
TupleObj* new_tuple(std::vector<Value> items) {
  if (items.empty() && vm().empty_tuple_)
    return vm().empty_tuple_;
  TupleObj* t = vm().heap.alloc<TupleObj>(T().tuple, Kind::Tuple);
  t->items = std::move(items);
  return t;
}
TupleObj* empty_tuple() { return new_tuple(size_t(0)); }
DictObj* new_dict() { return vm().heap.alloc<DictObj>(T().dict, Kind::Dict); }
SetObj* new_set(bool frozen) {
  SetObj* s = vm().heap.alloc<SetObj>(frozen ? T().frozenset : T().set, Kind::Set);
  s->table.resize(8);
  s->frozen = frozen;
  return s;
}
BytesObj* new_bytes(std::string s) {
  BytesObj* b = vm().heap.alloc<BytesObj>(T().bytes, Kind::Bytes);
  b->data = std::move(s);
  return b;
}
RangeObj* new_range(int64_t start, int64_t stop, int64_t step) {
  RangeObj* r = vm().heap.alloc<RangeObj>(T().range, Kind::Range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  return r;
}
CellObj* new_cell(Value v) {
  CellObj* c = vm().heap.alloc<CellObj>(T().cell, Kind::Cell);
  c->v = v;
  return c;
}
NativeObj* new_native(const char* name, NativeFn fn, Value self, Value data) {
  NativeObj* n = vm().heap.alloc<NativeObj>(T().builtin_function, Kind::Native);
  n->name = name;
  n->fn = fn;
  n->self = self;
  n->data = data;
  return n;
}
IterObj* new_iter(TypeObj* type, IterNextFn next) {
  IterObj* it = vm().heap.alloc<IterObj>(type ? type : T().iterator, Kind::Iter);
  it->next = next;
  return it;
}
ModuleObj* new_module(std::string_view name) {
  ModuleObj* m = vm().heap.alloc<ModuleObj>(T().module, Kind::Module);
  m->name = intern(name);
  m->dict = new_dict();
  dict_set(m->dict, V(N().__name__), V(m->name));
  return m;
}
BoundMethodObj* new_bound_method(Value self, Value func) {
  // A builtin method bound to its receiver is a builtin_function_or_method, as in CPython.
  BoundMethodObj* b = vm().heap.alloc<BoundMethodObj>(
      is_kind(func, Kind::Native) ? T().builtin_function : T().method, Kind::BoundMethod);
  b->self = self;
  b->func = func;
  return b;
}

static void compute_mro(TypeObj* t) {
  t->mro.clear();
  for (TypeObj* c = t; c; c = c->base)
    t->mro.push_back(c);
}

TypeObj* new_type(std::string_view name, TypeObj* base, Kind layout, bool builtin) {
  VM& m = vm();
  TypeObj* t = m.heap.alloc<TypeObj>(m.types.type, Kind::Type);
  t->name = intern(name);
  t->qualname = t->name;
  t->base = base;
  t->layout = layout;
  t->builtin = builtin;
  t->dict = new_dict();
  t->module = intern(builtin ? "builtins" : "__main__");
  if (base)
    t->is_exception = base->is_exception;
  compute_mro(t);
  return t;
}

void add_method(TypeObj* t, const char* name, NativeFn fn) {
  NativeObj* n = new_native(name, fn);
  n->owner = t;
  dict_set(t->dict, V(intern(name)), V(n));
}
void add_function(DictObj* d, const char* name, NativeFn fn) {
  dict_set(d, V(intern(name)), V(new_native(name, fn)));
}

// ---- errors -------------------------------------------------------------------------------------
void throw_exc(ExcObj* e) { throw PyError{e}; }
void raise(TypeObj* type, std::string msg) { throw PyError{new_exception(type, msg)}; }
void raise(TypeObj* type, const char* msg) { throw PyError{new_exception(type, msg)}; }
void raisef(TypeObj* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vstrf(fmt, ap);
  va_end(ap);
  raise(type, std::move(msg));
}
void raise_value(TypeObj* type, Value arg) {
  throw PyError{new_exception(type, std::vector<Value>{arg})};
}
void type_error(std::string msg) { raise(T().TypeError, std::move(msg)); }
void type_error(const char* msg) { raise(T().TypeError, msg); }
void type_errorf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vstrf(fmt, ap);
  va_end(ap);
  raise(T().TypeError, std::move(msg));
}
void value_error(std::string msg) { raise(T().ValueError, std::move(msg)); }
void value_error(const char* msg) { raise(T().ValueError, msg); }
void value_errorf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vstrf(fmt, ap);
  va_end(ap);
  raise(T().ValueError, std::move(msg));
}
void index_error(std::string msg) { raise(T().IndexError, std::move(msg)); }
void index_error(const char* msg) { raise(T().IndexError, msg); }
void index_errorf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vstrf(fmt, ap);
  va_end(ap);
  raise(T().IndexError, std::move(msg));
}
void key_error(Value key) { raise_value(T().KeyError, key); }
void attribute_error(Value obj, StrObj* name) {
  std::string msg;
  if (is_type(obj))
    msg = strf("type object '%s' has no attribute '%s'", sv(cast<TypeObj>(obj)->name).data(),
               name->data());
  else if (is_kind(obj, Kind::Module))
    msg =
        strf("module '%s' has no attribute '%s'", cast<ModuleObj>(obj)->name->data(), name->data());
  else
    msg = strf("'%s' object has no attribute '%s'", type_name(obj), name->data());
  ExcObj* e = new_exception(T().AttributeError, msg);
  throw PyError{e};
}
void not_implemented_construct(const char* what, int line) {
  raisef(T().NotImplementedError, "%s is not supported (line %d)", what, line);
}

// ---- type tests ---------------------------------------------------------------------------------
TypeObj* type_of(const Value& v) {
  Types& t = T();
  switch (v.tag) {
  case Tag::Null:
  case Tag::None:
    return t.none;
  case Tag::Bool:
    return t.bool_;
  case Tag::Int:
    return t.int_;
  case Tag::Float:
    return t.float_;
  case Tag::Obj:
    return v.o->type;
  }
  return t.none;
}

bool is_subtype(TypeObj* t, TypeObj* base) {
  if (t == base)
    return true;
  for (TypeObj* c = t->base; c; c = c->base)
    if (c == base)
      return true;
  return false;
}

bool isinstance(const Value& v, TypeObj* t) {
  TypeObj* vt = type_of(v);
  if (vt == t || t == T().object)
    return true;
  if (t == T().int_ && v.is_bool())
    return true;
  return is_subtype(vt, t);
}

const char* type_name(const Value& v) { return type_of(v)->name->data(); }

bool is_number(const Value& v) {
  return v.is_int() || v.is_float() || v.is_bool() || is_kind(v, Kind::BigInt);
}

int64_t as_index(const Value& v, const char* what) {
  if (v.is_int())
    return v.i;
  if (v.is_bool())
    return v.b ? 1 : 0;
  if (is_kind(v, Kind::BigInt))
    raise(T().OverflowError, "Python int too large to convert to C ssize_t");
  if (v.is_obj() && !type_of(v)->builtin) {
    bool found = false;
    Value r = call_dunder(v, N().__index__, nullptr, 0, &found);
    if (found && r.is_int())
      return r.i;
  }
  if (what)
    type_error(what);
  type_errorf("'%s' object cannot be interpreted as an integer", type_name(v));
}

double as_double(const Value& v) {
  if (v.is_float())
    return v.f;
  if (v.is_int())
    return double(v.i);
  if (v.is_bool())
    return v.b ? 1.0 : 0.0;
  if (is_kind(v, Kind::BigInt))
    return big_to_double(v);
  if (v.is_obj() && !type_of(v)->builtin) {
    bool found = false;
    Value r = call_dunder(v, N().__float__, nullptr, 0, &found);
    if (found && r.is_float())
      return r.f;
  }
  type_errorf("must be real number, not %s", type_name(v));
}

// A user-defined special method: Null for builtin types or when only a builtin default exists.
static Value user_method(const Value& v, StrObj* name) {
  if (!v.is_obj())
    return Value();
  TypeObj* t = v.o->type;
  if (v.o->kind == Kind::Host) { // the asyncio binding's objects: their natives are their dunders
    Value m = lookup_type(t, name);
    if (is_kind(m, Kind::Native) && cast<NativeObj>(m)->owner == T().object)
      return Value();
    return m;
  }
  if (t->builtin)
    return Value();
  Value m = lookup_type(t, name);
  if (m.is_null())
    return m;
  if (is_kind(m, Kind::Native) && cast<NativeObj>(m)->owner && cast<NativeObj>(m)->owner->builtin)
    return Value();
  return m;
}

Value call_dunder(const Value& obj, StrObj* name, Value* args, int nargs, bool* found) {
  Value m = user_method(obj, name);
  if (m.is_null()) {
    *found = false;
    return Value();
  }
  *found = true;
  Value buf[4];
  buf[0] = obj;
  for (int i = 0; i < nargs && i < 3; ++i)
    buf[i + 1] = args[i];
  if (is_kind(m, Kind::StaticMethod))
    return call(cast<WrapperObj>(m)->func, args, nargs);
  if (is_kind(m, Kind::Property)) {
    Value r = call(cast<PropertyObj>(m)->fget, buf, 1);
    return call(r, args, nargs);
  }
  return call(m, buf, nargs + 1);
}

// ---- repr / str ---------------------------------------------------------------------------------
static std::vector<Obj*> g_repr_stack;
struct ReprGuard {
  bool recursive = false;
  Obj* o;
  explicit ReprGuard(Obj* x) : o(x) {
    if (std::find(g_repr_stack.begin(), g_repr_stack.end(), x) != g_repr_stack.end())
      recursive = true;
    else
      g_repr_stack.push_back(x);
  }
  ~ReprGuard() {
    if (!recursive)
      g_repr_stack.pop_back();
  }
};

static std::string addr(const void* p) { return strf("0x%llx", (unsigned long long)(uintptr_t)p); }

std::string func_repr_name(const Value& f) {
  if (is_kind(f, Kind::Function))
    return std::string(sv(cast<FuncObj>(f)->qualname));
  if (is_kind(f, Kind::Native))
    return cast<NativeObj>(f)->name;
  return "?";
}

static std::string type_repr(TypeObj* t) {
  std::string_view mod = t->module ? sv(t->module) : "builtins";
  if (mod == "builtins")
    return strf("<class '%s'>", t->qualname->data());
  return "<class '" + std::string(mod) + "." + std::string(sv(t->qualname)) + "'>";
}

std::string bytes_repr(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = "b";
  out.push_back(q);
  for (unsigned char c : s) {
    if (c == (unsigned char)q || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0x20 || c >= 0x7f)
      out += strf("\\x%02x", c);
    else
      out.push_back(char(c));
  }
  out.push_back(q);
  return out;
}

std::string exc_repr(ExcObj* e);
std::string gen_repr(GenObj* g);

std::string repr(const Value& v) {
  switch (v.tag) {
  case Tag::Null:
    return "<NULL>";
  case Tag::None:
    return "None";
  case Tag::Bool:
    return v.b ? "True" : "False";
  case Tag::Int:
    return std::to_string(v.i);
  case Tag::Float:
    return repr_float(v.f);
  case Tag::Obj:
    break;
  }
  Obj* o = v.o;
  if (!o->type->builtin || o->kind == Kind::Host) {
    Value m = user_method(v, N().__repr__);
    if (!m.is_null()) {
      Value r = call1(m, v);
      if (!is_str(r))
        type_errorf("__repr__ returned non-string (type %s)", type_name(r));
      return std::string(sv(r));
    }
  }
  switch (o->kind) {
  case Kind::Str:
    return py_repr_str(static_cast<StrObj*>(o)->view());
  case Kind::Bytes:
    return bytes_repr(static_cast<BytesObj*>(o)->data);
  case Kind::List: {
    ReprGuard g(o);
    if (g.recursive)
      return "[...]";
    std::string s = "[";
    auto& items = static_cast<ListObj*>(o)->items;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i)
        s += ", ";
      s += repr(items[i]);
    }
    return s + "]";
  }
  case Kind::Tuple: {
    auto& items = static_cast<TupleObj*>(o)->items;
    ReprGuard g(o);
    if (g.recursive)
      return "(...)";
    std::string s = "(";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i)
        s += ", ";
      s += repr(items[i]);
    }
    if (items.size() == 1)
      s += ",";
    return s + ")";
  }
  case Kind::Dict: {
    auto* d = static_cast<DictObj*>(o);
    ReprGuard g(o);
    if (g.recursive)
      return "{...}";
    std::string s = "{";
    bool first = true;
    for (auto& e : d->entries) {
      if (e.key.is_null())
        continue;
      if (!first)
        s += ", ";
      first = false;
      s += repr(e.key) + ": " + repr(e.value);
    }
    s += "}";
    if (d->flavor == DictFlavor::DefaultDict)
      return "defaultdict(" +
             (d->default_factory.is_null() ? std::string("None") : repr(d->default_factory)) +
             ", " + s + ")";
    if (d->flavor == DictFlavor::Counter)
      return "Counter(" + (d->used ? s : std::string()) + ")";
    if (d->flavor == DictFlavor::Ordered) {
      if (!d->used)
        return "OrderedDict()";
      std::string r = "OrderedDict([";
      bool f2 = true;
      for (auto& e : d->entries) {
        if (e.key.is_null())
          continue;
        if (!f2)
          r += ", ";
        f2 = false;
        r += "(" + repr(e.key) + ", " + repr(e.value) + ")";
      }
      return r + "])";
    }
    return s;
  }
  case Kind::Set: {
    auto* st = static_cast<SetObj*>(o);
    const char* tn = o->type->name->data();
    if (st->used == 0)
      return std::string(tn) + "()";
    ReprGuard g(o);
    if (g.recursive)
      return std::string(tn) + "(...)";
    std::string s = "{";
    bool first = true;
    for (auto& e : st->table) {
      if (e.key.is_null())
        continue;
      if (!first)
        s += ", ";
      first = false;
      s += repr(e.key);
    }
    s += "}";
    if (st->frozen || o->type != T().set)
      return std::string(tn) + "(" + s + ")";
    return s;
  }
  case Kind::Range: {
    auto* r = static_cast<RangeObj*>(o);
    if (r->step == 1)
      return strf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return strf("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                (long long)r->step);
  }
  case Kind::Slice: {
    auto* s = static_cast<SliceObj*>(o);
    return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
  }
  case Kind::Function: {
    auto* f = static_cast<FuncObj*>(o);
    return "<function " + std::string(sv(f->qualname)) + " at " + addr(o) + ">";
  }
  case Kind::Native: {
    auto* n = static_cast<NativeObj*>(o);
    if (n->owner)
      return strf("<method '%s' of '%s' objects>", n->name, n->owner->name->data());
    if (n->self.is_obj() && !is_kind(n->self, Kind::Module))
      return strf("<built-in method %s of %s object at %s>", n->name, type_name(n->self),
                  addr(n->self.o).c_str());
    return strf("<built-in function %s>", n->name);
  }
  case Kind::BoundMethod: {
    auto* b = static_cast<BoundMethodObj*>(o);
    if (is_kind(b->func, Kind::Native))
      return strf("<built-in method %s of %s object at %s>", cast<NativeObj>(b->func)->name,
                  type_name(b->self), addr(b->self.is_obj() ? b->self.o : nullptr).c_str());
    return "<bound method " + func_repr_name(b->func) + " of " + repr(b->self) + ">";
  }
  case Kind::Code:
    return "<code object " + std::string(sv(static_cast<CodeObj*>(o)->name)) + ">";
  case Kind::Cell:
    return "<cell at " + addr(o) + ">";
  case Kind::Type:
    return type_repr(static_cast<TypeObj*>(o));
  case Kind::Exception:
    return exc_repr(static_cast<ExcObj*>(o));
  case Kind::Instance: {
    auto* inst = static_cast<InstanceObj*>(o);
    if (!inst->base_value.is_null()) {
      // subclass of a builtin container: the container's repr (CPython shows the same)
      return repr(inst->base_value);
    }
    TypeObj* t = o->type;
    std::string_view mod = t->module ? sv(t->module) : "__main__";
    if (t == T().object)
      return "<object object at " + addr(o) + ">";
    return "<" + std::string(mod) + "." + std::string(sv(t->qualname)) + " object at " + addr(o) +
           ">";
  }
  case Kind::Generator:
    return gen_repr(static_cast<GenObj*>(o));
  case Kind::Module: {
    auto* m = static_cast<ModuleObj*>(o);
    std::string_view n = sv(m->name);
    if (n == "sys" || n == "builtins" || n == "time" || n == "math" || n == "itertools")
      return "<module '" + std::string(n) + "' (built-in)>";
    return "<module '" + std::string(n) + "'>";
  }
  case Kind::Property:
    return "<property object at " + addr(o) + ">";
  case Kind::ClassMethod:
    return "<classmethod(" + repr(static_cast<WrapperObj*>(o)->func) + ")>";
  case Kind::StaticMethod:
    return "<staticmethod(" + repr(static_cast<WrapperObj*>(o)->func) + ")>";
  case Kind::Super:
    return "<super: <class '" + std::string(sv(static_cast<SuperObj*>(o)->start->name)) + "'>, <" +
           type_name(static_cast<SuperObj*>(o)->self) + " object>>";
  case Kind::Iter: {
    auto* it = static_cast<IterObj*>(o);
    if (o->type == T().dict_keys || o->type == T().dict_values || o->type == T().dict_items) {
      std::string s = std::string(o->type->name->data()) + "([";
      auto* d = cast<DictObj>(it->a);
      bool first = true;
      for (auto& e : d->entries) {
        if (e.key.is_null())
          continue;
        if (!first)
          s += ", ";
        first = false;
        if (o->type == T().dict_keys)
          s += repr(e.key);
        else if (o->type == T().dict_values)
          s += repr(e.value);
        else
          s += "(" + repr(e.key) + ", " + repr(e.value) + ")";
      }
      return s + "])";
    }
    if (o->type->name && sv(o->type->name) == "deque") {
      ReprGuard g(o);
      if (g.recursive)
        return "[...]";
      std::string s = "deque([";
      for (size_t i = 0; i < it->vals.size(); ++i) {
        if (i)
          s += ", ";
        s += repr(it->vals[i]);
      }
      s += "]";
      if (it->n >= 0)
        s += strf(", maxlen=%lld", (long long)it->n);
      return s + ")";
    }
    return "<" + std::string(o->type->name->data()) + " object at " + addr(o) + ">";
  }
  case Kind::BigInt:
    return big_to_string(v);
  case Kind::Misc: {
    auto* m = static_cast<MiscObj*>(o);
    if (o->type == T().partial)
      return "functools.partial(" + repr(m->a) + ", ...)";
    return m->name;
  }
  case Kind::Host: // the asyncio binding's objects (their types may define __repr__)
    return "<" + std::string(o->type->name->data()) + " object at " + addr(o) + ">";
  }
  return "<object>";
}

std::string to_str(const Value& v) {
  if (is_str(v))
    return std::string(sv(v));
  if (v.is_obj()) {
    if (!v.o->type->builtin) {
      Value m = user_method(v, N().__str__);
      if (!m.is_null()) {
        Value r = call1(m, v);
        if (!is_str(r))
          type_errorf("__str__ returned non-string (type %s)", type_name(r));
        return std::string(sv(r));
      }
      if (v.o->kind == Kind::Exception && user_method(v, N().__repr__).is_null())
        return exc_message(static_cast<ExcObj*>(v.o));
      if (v.o->kind == Kind::Instance && !static_cast<InstanceObj*>(v.o)->base_value.is_null() &&
          user_method(v, N().__repr__).is_null())
        return to_str(static_cast<InstanceObj*>(v.o)->base_value);
    } else if (v.o->kind == Kind::Exception) {
      return exc_message(static_cast<ExcObj*>(v.o));
    }
  }
  return repr(v);
}

Value repr_val(const Value& v) { return str_val(repr(v)); }
Value str_of(const Value& v) {
  if (is_str(v) && v.o->type == T().str)
    return v;
  return str_val(to_str(v));
}

// ---- hashing ------------------------------------------------------------------------------------
int64_t hash_of(const Value& v) {
  switch (v.tag) {
  case Tag::Null:
  case Tag::None:
    return 0x5f3759df;
  case Tag::Bool:
    return v.b ? 1 : 0;
  case Tag::Int:
    return hash_int(v.i);
  case Tag::Float: {
    double d = v.f;
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18)
      return hash_int(int64_t(d));
    return hash_double(d);
  }
  case Tag::Obj:
    break;
  }
  Obj* o = v.o;
  switch (o->kind) {
  case Kind::Str: {
    auto* s = static_cast<StrObj*>(o);
    if (s->hash == -1)
      s->hash = hash_bytes(s->view());
    return s->hash;
  }
  case Kind::Bytes:
    return hash_bytes(static_cast<BytesObj*>(o)->data);
  case Kind::BigInt:
    return big_hash(v);
  case Kind::Tuple: {
    auto* t = static_cast<TupleObj*>(o);
    if (t->hash != -1)
      return t->hash;
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull,
                   P5 = 2870177450012600261ull;
    uint64_t acc = P5;
    for (auto& it : t->items) {
      uint64_t lane = uint64_t(hash_of(it));
      acc += lane * P2;
      acc = (acc << 31) | (acc >> 33);
      acc *= P1;
    }
    acc += uint64_t(t->items.size()) ^ (P5 ^ 3527539ull);
    int64_t h = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
    t->hash = h;
    return h;
  }
  case Kind::Set: {
    auto* s = static_cast<SetObj*>(o);
    if (!s->frozen)
      type_error("unhashable type: 'set'");
    if (s->hash != -1)
      return s->hash;
    uint64_t h = 0;
    for (auto& e : s->table) {
      if (e.key.is_null())
        continue;
      uint64_t x = uint64_t(e.hash);
      h ^= ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull;
    }
    h ^= (uint64_t(s->used) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    int64_t r = int64_t(h);
    if (r == -1)
      r = 590923713;
    s->hash = r;
    return r;
  }
  case Kind::List:
    type_error("unhashable type: 'list'");
  case Kind::Dict:
    type_errorf("unhashable type: '%s'", o->type->name->data());
  case Kind::Slice:
    type_error("unhashable type: 'slice'");
  case Kind::BoundMethod: {
    // equal bound methods (same receiver, equal function) hash alike, as CPython's meth_hash
    auto* b = static_cast<BoundMethodObj*>(o);
    const void* self_identity = b->self.is_obj()
                                    ? static_cast<const void*>(b->self.o)
                                    : reinterpret_cast<const void*>(uintptr_t(hash_of(b->self)));
    int64_t self_hash = pointer_hash(self_identity);
    int64_t h = self_hash ^ hash_of(b->func);
    return h == -1 ? -2 : h;
  }
  case Kind::Host: { // the asyncio binding's objects may define their hash
    Value m = user_method(v, N().__hash__);
    if (!m.is_null())
      return hash_int(as_index(call1(m, v)));
    break;
  }
  default:
    break;
  }
  if (!o->type->builtin) {
    Value h = lookup_type(o->type, N().__hash__);
    if (h.is_none())
      type_errorf("unhashable type: '%s'", o->type->name->data());
    Value m = user_method(v, N().__hash__);
    if (!m.is_null()) {
      Value r = call1(m, v);
      if (!r.is_int() && !r.is_bool())
        type_error("__hash__ method should return an integer");
      return hash_int(as_index(r));
    }
    // A class defining __eq__ without __hash__ is unhashable.
    Value e = user_method(v, N().__eq__);
    if (!e.is_null()) {
      // only if __eq__ is defined on a class at or below where __hash__ would be inherited
      type_errorf("unhashable type: '%s'", o->type->name->data());
    }
    if (o->kind == Kind::Instance && !static_cast<InstanceObj*>(o)->base_value.is_null())
      return hash_of(static_cast<InstanceObj*>(o)->base_value);
  }
  int64_t h = pointer_hash(o);
  if (h == -1)
    h = -2;
  return h;
}

// ---- truth --------------------------------------------------------------------------------------
bool truthy(const Value& v) {
  switch (v.tag) {
  case Tag::Null:
  case Tag::None:
    return false;
  case Tag::Bool:
    return v.b;
  case Tag::Int:
    return v.i != 0;
  case Tag::Float:
    return v.f != 0.0;
  case Tag::Obj:
    break;
  }
  Obj* o = v.o;
  if (!o->type->builtin) {
    Value m = user_method(v, N().__bool__);
    if (!m.is_null()) {
      Value r = call1(m, v);
      if (!r.is_bool())
        type_errorf("__bool__ should return bool, returned %s", type_name(r));
      return r.b;
    }
    m = user_method(v, N().__len__);
    if (!m.is_null())
      return length(v) != 0;
    if (o->kind == Kind::Instance && !static_cast<InstanceObj*>(o)->base_value.is_null())
      return truthy(static_cast<InstanceObj*>(o)->base_value);
    return true;
  }
  switch (o->kind) {
  case Kind::Str:
    return static_cast<StrObj*>(o)->len != 0;
  case Kind::Bytes:
    return !static_cast<BytesObj*>(o)->data.empty();
  case Kind::List:
    return !static_cast<ListObj*>(o)->items.empty();
  case Kind::Tuple:
    return !static_cast<TupleObj*>(o)->items.empty();
  case Kind::Dict:
    return static_cast<DictObj*>(o)->used != 0;
  case Kind::Set:
    return static_cast<SetObj*>(o)->used != 0;
  case Kind::Range: {
    auto* r = static_cast<RangeObj*>(o);
    return slice_len(r->start, r->stop, r->step) != 0;
  }
  case Kind::Iter:
    if (sv(o->type->name) == "deque")
      return !static_cast<IterObj*>(o)->vals.empty();
    if (o->type == T().dict_keys || o->type == T().dict_values || o->type == T().dict_items)
      return cast<DictObj>(static_cast<IterObj*>(o)->a)->used != 0;
    return true;
  default:
    return true;
  }
}

// ---- comparison ---------------------------------------------------------------------------------
static bool num_cmp(const Value& a, const Value& b, int op, bool* ok) {
  *ok = true;
  if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
    int64_t x = a.is_int() ? a.i : a.b, y = b.is_int() ? b.i : b.b;
    switch (op) {
    case CMP_LT:
      return x < y;
    case CMP_LE:
      return x <= y;
    case CMP_EQ:
      return x == y;
    case CMP_NE:
      return x != y;
    case CMP_GT:
      return x > y;
    default:
      return x >= y;
    }
  }
  if (is_kind(a, Kind::BigInt) || is_kind(b, Kind::BigInt)) {
    if (is_number(a) && is_number(b)) {
      int c;
      if (a.is_float() || b.is_float()) {
        double x = as_double(a), y = as_double(b);
        c = x < y ? -1 : x > y ? 1 : 0;
      } else {
        c = big_compare(a, b);
      }
      switch (op) {
      case CMP_LT:
        return c < 0;
      case CMP_LE:
        return c <= 0;
      case CMP_EQ:
        return c == 0;
      case CMP_NE:
        return c != 0;
      case CMP_GT:
        return c > 0;
      default:
        return c >= 0;
      }
    }
    *ok = false;
    return false;
  }
  if (is_number(a) && is_number(b)) {
    // exact int/float comparison
    double x, y;
    if (a.is_float() && b.is_float()) {
      x = a.f;
      y = b.f;
    } else if (a.is_float()) {
      int64_t yi = b.is_int() ? b.i : b.b;
      x = a.f;
      if (std::isfinite(x) && std::fabs(x) < 9e15 && std::llabs(yi) < (int64_t(1) << 53))
        y = double(yi);
      else if (std::isnan(x))
        return op == CMP_NE;
      else if (std::isinf(x))
        y = 0, x = x > 0 ? 1 : -1;
      else {
        long double lx = x, ly = (long double)yi;
        int c = lx < ly ? -1 : lx > ly ? 1 : 0;
        x = c;
        y = 0;
      }
    } else {
      int64_t xi = a.is_int() ? a.i : a.b;
      y = b.f;
      if (std::isfinite(y) && std::fabs(y) < 9e15 && std::llabs(xi) < (int64_t(1) << 53))
        x = double(xi);
      else if (std::isnan(y))
        return op == CMP_NE;
      else if (std::isinf(y))
        x = 0, y = y > 0 ? 1 : -1;
      else {
        long double lx = (long double)xi, ly = y;
        int c = lx < ly ? -1 : lx > ly ? 1 : 0;
        x = c;
        y = 0;
      }
    }
    switch (op) {
    case CMP_LT:
      return x < y;
    case CMP_LE:
      return x <= y;
    case CMP_EQ:
      return x == y;
    case CMP_NE:
      return x != y;
    case CMP_GT:
      return x > y;
    default:
      return x >= y;
    }
  }
  *ok = false;
  return false;
}

static bool cmp_result(int c, int op) {
  switch (op) {
  case CMP_LT:
    return c < 0;
  case CMP_LE:
    return c <= 0;
  case CMP_EQ:
    return c == 0;
  case CMP_NE:
    return c != 0;
  case CMP_GT:
    return c > 0;
  default:
    return c >= 0;
  }
}

static const char* cmp_sym(int op) {
  static const char* s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[op];
}

static int swapped_op(int op) {
  switch (op) {
  case CMP_LT:
    return CMP_GT;
  case CMP_LE:
    return CMP_GE;
  case CMP_GT:
    return CMP_LT;
  case CMP_GE:
    return CMP_LE;
  default:
    return op;
  }
}

static bool seq_compare(const std::vector<Value>& x, const std::vector<Value>& y, int op) {
  if ((op == CMP_EQ || op == CMP_NE) && x.size() != y.size())
    return op == CMP_NE;
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    if (!eq(x[i], y[i])) {
      if (op == CMP_EQ)
        return false;
      if (op == CMP_NE)
        return true;
      return compare_bool(x[i], y[i], op);
    }
  }
  int c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  return cmp_result(c, op);
}

bool set_is_subset(SetObj* a, SetObj* b) {
  if (a->used > b->used)
    return false;
  for (auto& e : a->table)
    if (!e.key.is_null() && !set_contains(b, e.key))
      return false;
  return true;
}

static bool dict_equal(DictObj* a, DictObj* b) {
  if (a->used != b->used)
    return false;
  for (auto& e : a->entries) {
    if (e.key.is_null())
      continue;
    Value v = dict_get(b, e.key);
    if (v.is_null() || !eq(e.value, v))
      return false;
  }
  return true;
}

// Builtin comparison; returns NotImplemented (Null) when the types do not compare.
static Value builtin_compare(const Value& a, const Value& b, int op) {
  bool ok;
  bool r = num_cmp(a, b, op, &ok);
  if (ok)
    return Bool(r);
  if (a.is_obj() && b.is_obj()) {
    Kind ka = a.o->kind, kb = b.o->kind;
    if (ka == Kind::Str && kb == Kind::Str) {
      int c = sv(a).compare(sv(b));
      return Bool(cmp_result(c, op));
    }
    if (ka == Kind::List && kb == Kind::List && a.o->type->builtin && b.o->type->builtin)
      return Bool(seq_compare(cast<ListObj>(a)->items, cast<ListObj>(b)->items, op));
    if (ka == Kind::Tuple && kb == Kind::Tuple)
      return Bool(seq_compare(cast<TupleObj>(a)->items, cast<TupleObj>(b)->items, op));
    if (ka == Kind::Bytes && kb == Kind::Bytes)
      return Bool(cmp_result(cast<BytesObj>(a)->data.compare(cast<BytesObj>(b)->data), op));
    if (ka == Kind::Set && kb == Kind::Set) {
      SetObj *x = cast<SetObj>(a), *y = cast<SetObj>(b);
      switch (op) {
      case CMP_EQ:
        return Bool(x->used == y->used && set_is_subset(x, y));
      case CMP_NE:
        return Bool(!(x->used == y->used && set_is_subset(x, y)));
      case CMP_LE:
        return Bool(set_is_subset(x, y));
      case CMP_LT:
        return Bool(x->used < y->used && set_is_subset(x, y));
      case CMP_GE:
        return Bool(set_is_subset(y, x));
      case CMP_GT:
        return Bool(y->used < x->used && set_is_subset(y, x));
      }
    }
    if (ka == Kind::Dict && kb == Kind::Dict && (op == CMP_EQ || op == CMP_NE)) {
      bool e = dict_equal(cast<DictObj>(a), cast<DictObj>(b));
      return Bool(op == CMP_EQ ? e : !e);
    }
    if (ka == Kind::Range && kb == Kind::Range && (op == CMP_EQ || op == CMP_NE)) {
      auto *x = cast<RangeObj>(a), *y = cast<RangeObj>(b);
      int64_t lx = slice_len(x->start, x->stop, x->step),
              ly = slice_len(y->start, y->stop, y->step);
      bool e = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
      return Bool(op == CMP_EQ ? e : !e);
    }
    if (ka == Kind::Iter && kb == Kind::Iter && sv(a.o->type->name) == "deque" &&
        a.o->type == b.o->type)
      return Bool(seq_compare(cast<IterObj>(a)->vals, cast<IterObj>(b)->vals, op));
    if (ka == Kind::Iter && kb == Kind::Iter && a.o->type == T().dict_keys &&
        b.o->type == T().dict_keys && (op == CMP_EQ || op == CMP_NE)) {
      DictObj *x = cast<DictObj>(cast<IterObj>(a)->a), *y = cast<DictObj>(cast<IterObj>(b)->a);
      bool e = x->used == y->used;
      if (e)
        for (auto& en : x->entries)
          if (!en.key.is_null() && dict_get(y, en.key).is_null())
            e = false;
      return Bool(op == CMP_EQ ? e : !e);
    }
    if (ka == Kind::Slice && kb == Kind::Slice) { // as the tuples (start, stop, step)
      SliceObj *x = cast<SliceObj>(a), *y = cast<SliceObj>(b);
      return Bool(seq_compare({x->start, x->stop, x->step}, {y->start, y->stop, y->step}, op));
    }
    if (ka == Kind::BoundMethod && kb == Kind::BoundMethod && (op == CMP_EQ || op == CMP_NE)) {
      // Equal when bound to the same object (identity) with equal functions.
      BoundMethodObj *x = cast<BoundMethodObj>(a), *y = cast<BoundMethodObj>(b);
      bool e = x->self.same(y->self) && eq(x->func, y->func);
      return Bool(op == CMP_EQ ? e : !e);
    }
    if (ka == Kind::Instance && kb == Kind::Instance) {
      Value x = cast<InstanceObj>(a)->base_value, y = cast<InstanceObj>(b)->base_value;
      if (!x.is_null() && !y.is_null())
        return builtin_compare(x, y, op);
    }
    if (ka == Kind::Instance && !cast<InstanceObj>(a)->base_value.is_null())
      return builtin_compare(cast<InstanceObj>(a)->base_value, b, op);
    if (kb == Kind::Instance && !cast<InstanceObj>(b)->base_value.is_null())
      return builtin_compare(a, cast<InstanceObj>(b)->base_value, op);
  }
  if (a.is_none() && b.is_none() && (op == CMP_EQ || op == CMP_NE))
    return Bool(op == CMP_EQ);
  return Value();
}

Value compare(const Value& a, const Value& b, int op) {
  if (!a.is_obj() && !b.is_obj()) {
    bool ok;
    bool r = num_cmp(a, b, op, &ok);
    if (ok)
      return Bool(r);
  }
  // user special methods: the reflected method of a subclass goes first
  Value ma = user_method(a, N().cmp[op]);
  Value mb = user_method(b, N().cmp[swapped_op(op)]);
  bool b_first = !mb.is_null() && b.is_obj() && a.is_obj() && b.o->type != a.o->type &&
                 is_subtype(b.o->type, a.o->type);
  if (b_first) {
    Value r = call2(mb, b, a);
    if (!r.same(NotImplemented()))
      return r;
  }
  if (!ma.is_null()) {
    Value r = call2(ma, a, b);
    if (!r.same(NotImplemented()))
      return r;
  }
  if (!mb.is_null() && !b_first) {
    Value r = call2(mb, b, a);
    if (!r.same(NotImplemented()))
      return r;
  }
  if (op == CMP_NE) {
    // default __ne__ inverts __eq__
    Value ea = user_method(a, N().__eq__);
    if (!ea.is_null()) {
      Value r = call2(ea, a, b);
      if (!r.same(NotImplemented()))
        return Bool(!truthy(r));
    }
    Value eb = user_method(b, N().__eq__);
    if (!eb.is_null()) {
      Value r = call2(eb, b, a);
      if (!r.same(NotImplemented()))
        return Bool(!truthy(r));
    }
  }
  // subclasses of builtin types (int, str, list, ...) compare by their payload
  auto payload = [](const Value& v) {
    return is_kind(v, Kind::Instance) && !cast<InstanceObj>(v)->base_value.is_null()
               ? cast<InstanceObj>(v)->base_value
               : v;
  };
  Value r = builtin_compare(payload(a), payload(b), op);
  if (!r.is_null())
    return r;
  if (op == CMP_EQ)
    return Bool(a.same(b));
  if (op == CMP_NE)
    return Bool(!a.same(b));
  type_errorf("'%s' not supported between instances of '%s' and '%s'", cmp_sym(op), type_name(a),
              type_name(b));
}

bool compare_bool(const Value& a, const Value& b, int op) {
  Value r = compare(a, b, op);
  return r.is_bool() ? r.b : truthy(r);
}

bool eq(const Value& a, const Value& b) {
  if (a.same(b))
    return true;
  if (a.tag == Tag::Obj && b.tag == Tag::Obj && a.o->kind == Kind::Str && b.o->kind == Kind::Str)
    return sv(a) == sv(b);
  return compare_bool(a, b, CMP_EQ);
}

// ---- lookup -------------------------------------------------------------------------------------
Value lookup_type(TypeObj* t, StrObj* name) {
  for (TypeObj* c : t->mro) {
    Value v = dict_get_str(c->dict, name);
    if (!v.is_null())
      return v;
  }
  return Value();
}

Value lookup_type(TypeObj* t, std::string_view name) { return lookup_type(t, intern(name)); }

bool callable(const Value& v) {
  if (!v.is_obj())
    return false;
  switch (v.o->kind) {
  case Kind::Function:
  case Kind::Native:
  case Kind::BoundMethod:
  case Kind::Type:
    return true;
  case Kind::StaticMethod:
    return true;
  default:
    break;
  }
  if (v.o->type == T().partial)
    return true;
  return !lookup_type(v.o->type, N().__call__).is_null() && !v.o->type->builtin;
}

} // namespace tulip::lang
