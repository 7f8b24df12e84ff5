// Iteration: iter() and next() over builtin containers, generators and classes with
// __iter__/__next__ (or the old __getitem__ sequence protocol).
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

Value dict_iter(DictObj* d, int mode); // dict.cpp
Value set_iter(SetObj* s);             // set.cpp
bool gen_next(GenObj* g, Value& out);  // generator.cpp

static bool list_iter_next(IterObj* it, Value& out) {
  auto& items = cast<ListObj>(it->a)->items;
  if (it->i < 0 || size_t(it->i) >= items.size()) {
    it->i = -1;
    return false;
  }
  out = items[size_t(it->i++)];
  return true;
}

static bool tuple_iter_next(IterObj* it, Value& out) {
  auto& items = cast<TupleObj>(it->a)->items;
  if (size_t(it->i) >= items.size())
    return false;
  out = items[size_t(it->i++)];
  return true;
}

static bool range_iter_next(IterObj* it, Value& out) {
  if (it->n <= 0)
    return false;
  out = Int(it->i);
  it->i += it->step;
  --it->n;
  return true;
}

static bool bytes_iter_next(IterObj* it, Value& out) {
  auto& d = cast<BytesObj>(it->a)->data;
  if (size_t(it->i) >= d.size())
    return false;
  out = Int((unsigned char)d[size_t(it->i++)]);
  return true;
}

static bool seq_iter_next(IterObj* it, Value& out) {
  if (it->i < 0)
    return false;
  try {
    out = getitem(it->a, Int(it->i));
  } catch (PyError& e) {
    if (exc_matches(e.exc, T().IndexError) || exc_matches(e.exc, T().StopIteration)) {
      it->i = -1;
      return false;
    }
    throw;
  }
  ++it->i;
  return true;
}

static bool deque_iter_next(IterObj* it, Value& out) {
  IterObj* dq = cast<IterObj>(it->a);
  if (dq->vals.size() != size_t(it->n))
    raise(T().RuntimeError, "deque mutated during iteration");
  if (size_t(it->i) >= dq->vals.size())
    return false;
  out = dq->vals[size_t(it->i++)];
  return true;
}

// dict.cpp makes its iterators with the generic type: give them CPython's type names.
Value dict_iter_typed(DictObj* d, int mode) {
  Value r = dict_iter(d, mode);
  r.o->type = mode == 0   ? T().dict_keyiterator
              : mode == 1 ? T().dict_valueiterator
                          : T().dict_itemiterator;
  return r;
}

Value str_iter_typed(StrObj* s) {
  Value r = str_iter(s);
  r.o->type = s->ascii ? T().str_ascii_iterator : T().str_iterator;
  return r;
}

Value list_iter(ListObj* l) {
  IterObj* it = new_iter(T().list_iterator, list_iter_next);
  it->a = V(l);
  return V(it);
}

Value range_iter(int64_t start, int64_t len, int64_t step) {
  IterObj* it = new_iter(T().range_iterator, range_iter_next);
  it->i = start;
  it->n = len;
  it->step = step;
  return V(it);
}

Value get_iter(const Value& v) {
  if (v.is_obj()) {
    Obj* o = v.o;
    if (!o->type->builtin) {
      Value m = lookup_type(o->type, N().__iter__);
      if (!m.is_null() && !(is_kind(m, Kind::Native) && cast<NativeObj>(m)->owner &&
                            cast<NativeObj>(m)->owner->builtin)) {
        if (m.is_none())
          type_errorf("'%s' object is not iterable", type_name(v));
        Value r = call1(m, v);
        TypeObj* rt = type_of(r);
        bool ok = (r.is_obj() && (r.o->kind == Kind::Iter || r.o->kind == Kind::Generator)) ||
                  !lookup_type(rt, N().__next__).is_null();
        if (!ok)
          type_errorf("iter() returned non-iterator of type '%s'", type_name(r));
        return r;
      }
      if (o->kind == Kind::Instance && !static_cast<InstanceObj*>(o)->base_value.is_null())
        return get_iter(static_cast<InstanceObj*>(o)->base_value);
      if (!lookup_type(o->type, N().__getitem__).is_null() && o->kind != Kind::Type) {
        IterObj* it = new_iter(T().iterator, seq_iter_next);
        it->a = v;
        return V(it);
      }
    }
    switch (o->kind) {
    case Kind::List:
      return list_iter(static_cast<ListObj*>(o));
    case Kind::Tuple: {
      IterObj* it = new_iter(T().tuple_iterator, tuple_iter_next);
      it->a = v;
      return V(it);
    }
    case Kind::Str:
      return str_iter_typed(static_cast<StrObj*>(o));
    case Kind::Dict:
      return dict_iter_typed(static_cast<DictObj*>(o), 0);
    case Kind::Set:
      return set_iter(static_cast<SetObj*>(o));
    case Kind::Range: {
      auto* r = static_cast<RangeObj*>(o);
      return range_iter(r->start, slice_len(r->start, r->stop, r->step), r->step);
    }
    case Kind::Bytes: {
      IterObj* it = new_iter(T().bytes_iterator, bytes_iter_next);
      it->a = v;
      return V(it);
    }
    case Kind::Iter: {
      TypeObj* t = o->type;
      if (t == T().dict_keys)
        return dict_iter_typed(cast<DictObj>(static_cast<IterObj*>(o)->a), 0);
      if (t == T().dict_values)
        return dict_iter_typed(cast<DictObj>(static_cast<IterObj*>(o)->a), 1);
      if (t == T().dict_items)
        return dict_iter_typed(cast<DictObj>(static_cast<IterObj*>(o)->a), 2);
      if (t == T().deque) {
        IterObj* it = new_iter(T().iterator, deque_iter_next);
        it->a = v;
        it->n = int64_t(static_cast<IterObj*>(o)->vals.size());
        return V(it);
      }
      if (!static_cast<IterObj*>(o)->next)
        break;
      return v;
    }
    case Kind::Generator:
      if (static_cast<GenObj*>(o)->gkind == GenKind::Generator)
        return v;
      break;
    case Kind::Host: {
      // The binding's objects (an asyncio Future: its FutureIter) iterate through their type.
      Value m = lookup_type(o->type, N().__iter__);
      if (!m.is_null() && !m.is_none())
        return call1(m, v);
      break;
    }
    default:
      break;
    }
  }
  type_errorf("'%s' object is not iterable", type_name(v));
}

bool next(const Value& it, Value& out) {
  if (it.is_obj()) {
    Obj* o = it.o;
    switch (o->kind) {
    case Kind::Iter:
      if (static_cast<IterObj*>(o)->next)
        return static_cast<IterObj*>(o)->next(static_cast<IterObj*>(o), out);
      break;
    case Kind::Generator:
      if (static_cast<GenObj*>(o)->gkind == GenKind::Generator)
        return gen_next(static_cast<GenObj*>(o), out);
      break;
    default: {
      Value m = lookup_type(o->type, N().__next__);
      if (!m.is_null()) {
        try {
          out = call1(m, it);
        } catch (PyError& e) {
          if (exc_matches(e.exc, T().StopIteration))
            return false;
          throw;
        }
        return true;
      }
    }
    }
  }
  type_errorf("'%s' object is not an iterator", type_name(it));
}

NATIVE(iter_next_m) {
  UNUSED_NATIVE_ARGS;
  Value out;
  if (next(a[0], out))
    return out;
  throw PyError{new_exception(T().StopIteration, std::vector<Value>{})};
}
NATIVE(iter_iter_m) {
  UNUSED_NATIVE_ARGS;
  return a[0];
}

// __next__ and __iter__ for the builtin iterator types (enumerate, zip, ... included).
void init_iterator_methods() {
  Types& t = T();
  for (TypeObj* ty : {t.iterator, t.list_iterator, t.list_reverseiterator, t.tuple_iterator,
                      t.range_iterator, t.str_iterator, t.str_ascii_iterator, t.bytes_iterator,
                      t.set_iterator, t.dict_keyiterator, t.dict_valueiterator, t.dict_itemiterator,
                      t.dict_reversekeyiterator, t.callable_iterator}) {
    add_method(ty, "__next__", iter_next_m);
    add_method(ty, "__iter__", iter_iter_m);
  }
  for (const char* name : {"enumerate", "zip", "map", "filter", "reversed"}) {
    Value ty = dict_get(vm().builtins, name);
    if (is_type(ty)) {
      add_method(cast<TypeObj>(ty), "__next__", iter_next_m);
      add_method(cast<TypeObj>(ty), "__iter__", iter_iter_m);
    }
  }
}

std::vector<Value> to_vector(const Value& iterable) {
  if (is_list(iterable))
    return cast<ListObj>(iterable)->items;
  if (is_tuple(iterable))
    return cast<TupleObj>(iterable)->items;
  std::vector<Value> out;
  Value it = get_iter(iterable);
  // keep the partial result reachable while Python code runs (generators, __next__)
  ListObj* keep = new_list();
  Value keepv = V(keep);
  RootGuard g1(&keepv);
  Value itv = it;
  RootGuard g2(&itv);
  Value x;
  while (next(it, x))
    keep->items.push_back(x);
  out.swap(keep->items);
  return out;
}

} // namespace tulip::lang
