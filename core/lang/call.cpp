// Calling: functions, builtins, bound methods, classes (instance creation with __new__ and
// __init__), class creation (the class statement), context managers and sequence unpacking.
#include <algorithm>

#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

Value call0(const Value& f) { return call(f, nullptr, 0); }
Value call1(const Value& f, Value a) { return call(f, &a, 1); }
Value call2(const Value& f, Value a, Value b) {
  Value v[2] = {a, b};
  return call(f, v, 2);
}
Value call3(const Value& f, Value a, Value b, Value c) {
  Value v[3] = {a, b, c};
  return call(f, v, 3);
}

Value call_method(const Value& obj, StrObj* name, Value* args, int nargs) {
  Value self;
  Value m = get_method(obj, name, &self);
  if (self.is_null())
    return call(m, args, nargs);
  std::vector<Value> a(size_t(nargs) + 1);
  a[0] = self;
  for (int i = 0; i < nargs; ++i)
    a[size_t(i) + 1] = args[i];
  return call(m, a.data(), nargs + 1);
}

Value call_method(const Value& obj, const char* name, std::vector<Value> args) {
  return call_method(obj, intern(name), args.data(), int(args.size()));
}

void check_nargs(const char* fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max)
    return;
  if (min == max) {
    if (min == 0)
      type_errorf("%s() takes no arguments (%d given)", fname, nargs);
    if (min == 1)
      type_errorf("%s() takes exactly one argument (%d given)", fname, nargs);
    type_errorf("%s expected %d arguments, got %d", fname, min, nargs);
  }
  if (nargs < min)
    type_errorf("%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s",
                nargs);
  type_errorf("%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", nargs);
}

void no_kw(const char* fname, const Kw& kw) {
  if (kw.n)
    type_errorf("%s() takes no keyword arguments", fname);
}

Value kwarg(const Kw& kw, const char* name) {
  for (int i = 0; i < kw.n; ++i)
    if (sv(kw.names[i]) == name)
      return kw.vals[i];
  return Value();
}

static bool is_builtin_native(const Value& v) {
  return is_kind(v, Kind::Native) && cast<NativeObj>(v)->owner &&
         cast<NativeObj>(v)->owner->builtin;
}

static TypeObj* builtin_base(TypeObj* cls) {
  for (TypeObj* c : cls->mro)
    if (c->builtin)
      return c;
  return T().object;
}

static Value prepend_call(const Value& f, const Value& first, Value* args, int nargs,
                          const Kw& kw) {
  if (nargs < 8) {
    Value a[8];
    a[0] = first;
    for (int i = 0; i < nargs; ++i)
      a[i + 1] = args[i];
    return call(f, a, nargs + 1, kw);
  }
  std::vector<Value> a(size_t(nargs) + 1);
  a[0] = first;
  for (int i = 0; i < nargs; ++i)
    a[size_t(i) + 1] = args[i];
  return call(f, a.data(), nargs + 1, kw);
}

Value construct(TypeObj* cls, Value* args, int nargs, const Kw& kw) {
  Types& t = T();
  if (cls == t.type && nargs == 1 && kw.n == 0)
    return V(type_of(args[0]));
  if (cls->builtin) {
    if (cls == t.none && nargs == 0 && kw.n == 0)
      return None();
    Value ctor = lookup_type(cls, N().__new__);
    if (ctor.is_null() || (cls != t.object && is_kind(ctor, Kind::Native) &&
                           cast<NativeObj>(ctor)->owner == t.object))
      type_errorf("cannot create '%s' instances", cls->name->data());
    return prepend_call(ctor, V(cls), args, nargs, kw);
  }
  VM& m = vm();
  TypeObj* bt = builtin_base(cls);
  Value newf = lookup_type(cls, N().__new__);
  Value obj;
  bool user_new = false;
  if (!newf.is_null() && !is_builtin_native(newf)) {
    user_new = true;
    Value fn = is_kind(newf, Kind::StaticMethod) ? cast<WrapperObj>(newf)->func : newf;
    obj = prepend_call(fn, V(cls), args, nargs, kw);
    if (!isinstance(obj, cls))
      return obj;
  } else if (bt->is_exception) {
    ExcObj* e = m.heap.alloc<ExcObj>(cls, Kind::Exception);
    std::vector<Value> av(args, args + nargs);
    e->args = new_tuple(std::move(av));
    obj = V(e);
  } else {
    InstanceObj* inst = m.heap.alloc<InstanceObj>(cls, Kind::Instance);
    obj = V(inst);
    if (bt == t.list)
      inst->base_value = V(new_list());
    else if (bt == t.dict)
      inst->base_value = V(new_dict());
    else if (bt == t.set)
      inst->base_value = V(new_set());
    else if (bt != t.object) {
      // immutable builtins (int, str, tuple, float, ...): the payload is made from the arguments
      Value ctor = dict_get_str(bt->dict, N().__new__);
      if (!ctor.is_null()) {
        Value initf = lookup_type(cls, N().__init__);
        bool user_init = !initf.is_null() && !is_builtin_native(initf);
        inst->base_value = user_init ? prepend_call(ctor, V(bt), nullptr, 0, Kw())
                                     : prepend_call(ctor, V(bt), args, nargs, kw);
      }
    }
  }
  Value init = lookup_type(cls, N().__init__);
  if (!init.is_null() && !is_builtin_native(init)) {
    Value r = prepend_call(init, obj, args, nargs, kw);
    if (!r.is_none())
      type_errorf("__init__() should return None, not '%s'", type_name(r));
  } else if (!init.is_null() && cast<NativeObj>(init)->owner != t.object) {
    prepend_call(init, obj, args, nargs, kw);
  } else if ((nargs || kw.n) && !user_new) {
    if (bt == t.object)
      type_errorf("%s() takes no arguments", cls->name->data());
  }
  return obj;
}

Value call(const Value& f, Value* args, int nargs, const Kw& kw) {
  if (f.is_obj()) {
    Obj* o = f.o;
    switch (o->kind) {
    case Kind::Function:
      return vm().call_function(static_cast<FuncObj*>(o), args, nargs, kw);
    case Kind::Native: {
      NativeObj* n = static_cast<NativeObj*>(o);
      return n->fn(n, args, nargs, kw);
    }
    case Kind::BoundMethod: {
      auto* b = static_cast<BoundMethodObj*>(o);
      return prepend_call(b->func, b->self, args, nargs, kw);
    }
    case Kind::Type:
      return construct(static_cast<TypeObj*>(o), args, nargs, kw);
    case Kind::StaticMethod:
      return call(static_cast<WrapperObj*>(o)->func, args, nargs, kw);
    default: {
      Value m = lookup_type(o->type, N().__call__);
      if (!m.is_null() && !is_builtin_native(m))
        return prepend_call(m, f, args, nargs, kw);
      if (!m.is_null() && o->type->builtin)
        return prepend_call(m, f, args, nargs, kw);
    }
    }
  }
  type_errorf("'%s' object is not callable", type_name(f));
}

// ---- class statement ----------------------------------------------------------------------------
static std::vector<TypeObj*> c3_merge(std::vector<std::vector<TypeObj*>> seqs, TypeObj* cls) {
  std::vector<TypeObj*> out{cls};
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }),
               seqs.end());
    if (seqs.empty())
      return out;
    TypeObj* cand = nullptr;
    for (auto& s : seqs) {
      TypeObj* c = s[0];
      bool in_tail = false;
      for (auto& s2 : seqs)
        if (std::find(s2.begin() + 1, s2.end(), c) != s2.end())
          in_tail = true;
      if (!in_tail) {
        cand = c;
        break;
      }
    }
    if (!cand)
      type_error("Cannot create a consistent method resolution order (MRO)");
    out.push_back(cand);
    for (auto& s : seqs)
      if (s[0] == cand)
        s.erase(s.begin());
  }
}

Value build_class(Value func, Value name, Value* bases, int nbases) {
  VM& m = vm();
  Types& t = T();
  FuncObj* fn = cast<FuncObj>(func);
  std::vector<TypeObj*> bl;
  for (int i = 0; i < nbases; ++i) {
    if (!is_type(bases[i]))
      type_error("bases must be types");
    TypeObj* b = cast<TypeObj>(bases[i]);
    if (b->final_)
      type_errorf("type '%s' is not an acceptable base type", b->name->data());
    bl.push_back(b);
  }
  DictObj* ns = new_dict();
  Value nsv = V(ns);
  RootGuard g(&nsv);
  Frame* fr = m.new_frame(fn->code, fn, fn->globals);
  fr->locals = ns;
  Kw nokw;
  Value noargs;
  {
    // bind_args is private; a class body takes no arguments: set up its cells directly
    CodeObj* co = fn->code;
    Value* cells = fr->fast + co->nlocals();
    for (size_t i = 0; i < co->cellvars.size(); ++i)
      cells[i] = V(new_cell(Value()));
    if (fn->closure)
      for (size_t j = 0; j < fn->closure->items.size(); ++j)
        cells[co->cellvars.size() + j] = fn->closure->items[j];
  }
  (void)nokw;
  (void)noargs;
  fr->is_entry = true;
  fr->back = m.top;
  m.top = fr;
  ++m.depth;
  Value cell;
  m.resume_fresh(fr, cell);
  TypeObj* base = bl.empty() ? t.object : bl[0];
  // the layout comes from the most derived builtin ancestor among the bases
  Kind layout = Kind::Instance;
  for (TypeObj* b : bl)
    if (b->is_exception) {
      layout = Kind::Exception;
      base = b;
      break;
    }
  TypeObj* cls = new_type(sv(name), base, layout, false);
  if (layout == Kind::Exception)
    cls->is_exception = true;
  cls->dict = ns;
  cls->bases = bl;
  // Defining __eq__ without __hash__ makes instances unhashable (type_new sets __hash__ = None).
  if (!dict_get_str(ns, N().__eq__).is_null() && dict_get_str(ns, N().__hash__).is_null())
    dict_set(ns, V(N().__hash__), None());
  if (bl.size() > 1) {
    std::vector<std::vector<TypeObj*>> seqs;
    for (TypeObj* b : bl) {
      std::vector<TypeObj*> mro = b->mro;
      if (mro.back() != t.object)
        mro.push_back(t.object);
      seqs.push_back(mro);
    }
    seqs.push_back(bl);
    cls->mro = c3_merge(seqs, cls);
    // keep object last only once
  }
  Value q = dict_get_str(ns, N().__qualname__);
  if (is_str(q)) {
    cls->qualname = intern(sv(q));
    dict_del(ns, V(N().__qualname__));
  }
  Value mod = dict_get_str(ns, N().__module__);
  if (is_str(mod))
    cls->module = intern(sv(mod));
  if (is_kind(cell, Kind::Cell))
    cast<CellObj>(cell)->v = V(cls);
  Value clsv = V(cls);
  RootGuard g2(&clsv);
  // __set_name__
  std::vector<std::pair<Value, Value>> items;
  for (auto& e : ns->entries)
    if (!e.key.is_null())
      items.push_back({e.key, e.value});
  for (auto& kv : items) {
    if (kv.second.is_obj() && !kv.second.o->type->builtin) {
      Value sn = lookup_type(kv.second.o->type, N().__set_name__);
      if (!sn.is_null())
        call3(sn, kv.second, clsv, kv.first);
    }
  }
  // __init_subclass__ of the parent
  if (cls->mro.size() > 1) {
    for (size_t i = 1; i < cls->mro.size(); ++i) {
      Value isc = dict_get_str(cls->mro[i]->dict, N().__init_subclass__);
      if (isc.is_null())
        continue;
      if (is_kind(isc, Kind::ClassMethod))
        isc = cast<WrapperObj>(isc)->func;
      if (is_kind(isc, Kind::Function))
        call1(isc, clsv);
      break;
    }
  }
  return clsv;
}

Value with_enter(const Value& mgr, Value* exit_out, bool async) {
  TypeObj* t = type_of(mgr);
  Value enter = lookup_type(t, async ? N().__aenter__ : N().__enter__);
  Value exit = lookup_type(t, async ? N().__aexit__ : N().__exit__);
  if (enter.is_null())
    type_errorf(async ? "'%s' object does not support the asynchronous context manager protocol"
                      : "'%s' object does not support the context manager protocol",
                t->name->data());
  if (exit.is_null())
    type_errorf(
        async
            ? "'%s' object does not support the asynchronous context manager protocol (missed "
              "__aexit__ method)"
            : "'%s' object does not support the context manager protocol (missed __exit__ method)",
        t->name->data());
  *exit_out = bind(exit, mgr, t);
  return call0(bind(enter, mgr, t));
}

void unpack_into(const Value& seq, int before, int after, bool has_star, Value* dest) {
  std::vector<Value> items;
  if (is_list(seq))
    items = cast<ListObj>(seq)->items;
  else if (is_tuple(seq))
    items = cast<TupleObj>(seq)->items;
  else {
    bool iterable = seq.is_obj() && (seq.o->kind != Kind::Misc);
    if (seq.is_obj() && seq.o->kind == Kind::Instance &&
        lookup_type(seq.o->type, N().__iter__).is_null() &&
        lookup_type(seq.o->type, N().__getitem__).is_null() &&
        cast<InstanceObj>(seq)->base_value.is_null())
      iterable = false;
    if (!iterable)
      type_errorf("cannot unpack non-iterable %s object", type_name(seq));
    items = to_vector(seq);
  }
  int n = int(items.size());
  if (!has_star) {
    if (n < before)
      value_errorf("not enough values to unpack (expected %d, got %d)", before, n);
    if (n > before)
      value_errorf("too many values to unpack (expected %d)", before);
    for (int i = 0; i < n; ++i)
      dest[i] = items[size_t(n - 1 - i)];
    return;
  }
  if (n < before + after)
    value_errorf("not enough values to unpack (expected at least %d, got %d)", before + after, n);
  int k = 0;
  for (int i = 0; i < after; ++i)
    dest[k++] = items[size_t(n - 1 - i)];
  ListObj* mid = new_list();
  for (int i = before; i < n - after; ++i)
    mid->items.push_back(items[size_t(i)]);
  dest[k++] = V(mid);
  for (int i = before - 1; i >= 0; --i)
    dest[k++] = items[size_t(i)];
}

} // namespace tulip::lang
