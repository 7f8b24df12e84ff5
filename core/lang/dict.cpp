// dict: insertion-ordered entries with an open-addressing index (as CPython's compact dict),
// its methods and views, and the dict flavors of collections (defaultdict, Counter, OrderedDict).
#include <algorithm>

#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static inline bool keys_equal(const Value& a, const Value& b) {
  if (a.same(b))
    return true;
  if (a.tag == Tag::Obj && b.tag == Tag::Obj && a.o->kind == Kind::Str && b.o->kind == Kind::Str)
    return static_cast<StrObj*>(a.o)->len == static_cast<StrObj*>(b.o)->len && sv(a) == sv(b);
  if (a.tag != Tag::Obj && b.tag != Tag::Obj)
    return eq(a, b);
  if ((a.tag == Tag::Obj && a.o->kind == Kind::Str) !=
          (b.tag == Tag::Obj && b.o->kind == Kind::Str) &&
      a.o->type->builtin && (b.tag != Tag::Obj || b.o->type->builtin))
    return false;
  return eq(a, b);
}

static void rebuild_index(DictObj* d, size_t want) {
  size_t size = 8;
  while (size * 2 < want * 3)
    size <<= 1;
  // compact entries
  if (d->used != d->entries.size()) {
    std::vector<DictEntry> ne;
    ne.reserve(d->used + 1);
    for (auto& e : d->entries)
      if (!e.key.is_null())
        ne.push_back(e);
    d->entries.swap(ne);
  }
  d->index.assign(size, -1);
  size_t mask = size - 1;
  for (size_t k = 0; k < d->entries.size(); ++k) {
    uint64_t h = uint64_t(d->entries[k].hash);
    size_t i = h & mask;
    uint64_t perturb = h;
    while (d->index[i] != -1) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = int32_t(k);
  }
}

int32_t dict_find(DictObj* d, const Value& key, int64_t hash) {
  if (d->index.empty())
    return -1;
  size_t mask = d->index.size() - 1;
  uint64_t h = uint64_t(hash);
  size_t i = h & mask;
  uint64_t perturb = h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == -1)
      return -1;
    if (ix >= 0) {
      DictEntry& e = d->entries[size_t(ix)];
      if (e.hash == hash && keys_equal(e.key, key))
        return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get(DictObj* d, const Value& key) {
  int32_t ix = dict_find(d, key, hash_of(key));
  return ix < 0 ? Value() : d->entries[size_t(ix)].value;
}

Value dict_get_str(DictObj* d, StrObj* key) {
  if (d->index.empty())
    return Value();
  if (key->hash == -1)
    key->hash = hash_bytes(key->view());
  int64_t hash = key->hash;
  size_t mask = d->index.size() - 1;
  uint64_t h = uint64_t(hash);
  size_t i = h & mask;
  uint64_t perturb = h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == -1)
      return Value();
    if (ix >= 0) {
      DictEntry& e = d->entries[size_t(ix)];
      if (e.key.tag == Tag::Obj &&
          (e.key.o == key ||
           (e.hash == hash && e.key.o->kind == Kind::Str && sv(e.key) == key->view())))
        return e.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get(DictObj* d, std::string_view key) { return dict_get_str(d, intern(key)); }

static void insert_new(DictObj* d, const Value& key, const Value& val, int64_t hash) {
  if (d->index.empty() || (d->entries.size() + 1) * 3 >= d->index.size() * 2)
    rebuild_index(d, d->used + 1);
  size_t mask = d->index.size() - 1;
  uint64_t h = uint64_t(hash);
  size_t i = h & mask;
  uint64_t perturb = h;
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->index[i] = int32_t(d->entries.size());
  d->entries.push_back(DictEntry{key, val, hash});
  ++d->used;
  ++d->keys_version;
}

void dict_set(DictObj* d, const Value& key, const Value& val) {
  int64_t hash = hash_of(key);
  int32_t ix = dict_find(d, key, hash);
  if (ix >= 0) {
    d->entries[size_t(ix)].value = val;
    return;
  }
  insert_new(d, key, val, hash);
}

void dict_set(DictObj* d, std::string_view key, const Value& val) {
  dict_set(d, V(intern(key)), val);
}

bool dict_del(DictObj* d, const Value& key) {
  int64_t hash = hash_of(key);
  if (d->index.empty())
    return false;
  size_t mask = d->index.size() - 1;
  uint64_t h = uint64_t(hash);
  size_t i = h & mask;
  uint64_t perturb = h;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == -1)
      return false;
    if (ix >= 0) {
      DictEntry& e = d->entries[size_t(ix)];
      if (e.hash == hash && keys_equal(e.key, key)) {
        e.key = Value();
        e.value = Value();
        d->index[i] = -2;
        --d->used;
        ++d->keys_version;
        if (d->entries.size() > 16 && d->used * 4 < d->entries.size())
          rebuild_index(d, d->used);
        return true;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void dict_clear(DictObj* d) {
  d->entries.clear();
  d->index.clear();
  d->used = 0;
  ++d->keys_version;
}

DictObj* dict_copy(DictObj* d) {
  DictObj* n = new_dict();
  for (auto& e : d->entries)
    if (!e.key.is_null())
      insert_new(n, e.key, e.value, e.hash);
  return n;
}

void dict_update(DictObj* d, const Value& other) {
  if (is_dict(other)) {
    for (auto& e : cast<DictObj>(other)->entries)
      if (!e.key.is_null())
        dict_set(d, e.key, e.value);
    return;
  }
  if (other.is_obj() && !lookup_type(type_of(other), N().keys).is_null() &&
      !is_kind(other, Kind::Iter)) {
    Value keys = call_method(other, "keys");
    for (auto& k : to_vector(keys))
      dict_set(d, k, getitem(other, k));
    return;
  }
  Value it = get_iter(other);
  Value item;
  int64_t idx = 0;
  while (next(it, item)) {
    std::vector<Value> kv;
    if (is_tuple(item))
      kv = cast<TupleObj>(item)->items;
    else if (is_list(item))
      kv = cast<ListObj>(item)->items;
    else if (is_str(item) || item.is_obj()) {
      if (!item.is_obj() || is_kind(item, Kind::Misc))
        type_errorf("cannot convert dictionary update sequence element #%lld to a sequence",
                    (long long)idx);
      kv = to_vector(item);
    } else {
      type_errorf("cannot convert dictionary update sequence element #%lld to a sequence",
                  (long long)idx);
    }
    if (kv.size() != 2)
      value_errorf("dictionary update sequence element #%lld has length %zu; 2 is required",
                   (long long)idx, kv.size());
    dict_set(d, kv[0], kv[1]);
    ++idx;
  }
}

Value dict_or(DictObj* a, const Value& b, bool inplace) {
  DictObj* d = inplace ? a : dict_copy(a);
  if (!inplace) {
    d->flavor = a->flavor;
    d->type = a->type;
    d->default_factory = a->default_factory;
  }
  dict_update(d, b);
  return V(d);
}

Value dict_subscript(DictObj* d, const Value& self, const Value& key) {
  int64_t hash = hash_of(key);
  int32_t ix = dict_find(d, key, hash);
  if (ix >= 0)
    return d->entries[size_t(ix)].value;
  if (d->flavor == DictFlavor::DefaultDict && !d->default_factory.is_null() &&
      !d->default_factory.is_none()) {
    Value v = call0(d->default_factory);
    dict_set(d, key, v);
    return v;
  }
  if (d->flavor == DictFlavor::Counter)
    return Int(0);
  if (self.is_obj() && !self.o->type->builtin) {
    Value m = lookup_type(self.o->type, N().__missing__);
    if (!m.is_null())
      return call2(m, self, key);
  }
  key_error(key);
}

// ---- iteration ----------------------------------------------------------------------------------
static bool dict_iter_next(IterObj* it, Value& out) {
  DictObj* d = cast<DictObj>(it->a);
  if (d->used != size_t(it->n)) {
    it->n = -1;
    raise(T().RuntimeError, "dictionary changed size during iteration");
  }
  while (size_t(it->i) < d->entries.size()) {
    DictEntry& e = d->entries[size_t(it->i++)];
    if (e.key.is_null())
      continue;
    switch (it->step) {
    case 0:
      out = e.key;
      break;
    case 1:
      out = e.value;
      break;
    default: {
      TupleObj* t = new_tuple(2);
      t->items[0] = e.key;
      t->items[1] = e.value;
      out = V(t);
    }
    }
    return true;
  }
  it->n = -2;
  return false;
}

Value dict_iter(DictObj* d, int mode) {
  IterObj* it = new_iter(T().iterator, dict_iter_next);
  it->a = V(d);
  it->n = int64_t(d->used);
  it->step = mode;
  return V(it);
}

static Value dict_view(DictObj* d, TypeObj* t) {
  IterObj* v = new_iter(t, nullptr);
  v->a = V(d);
  return V(v);
}

// ---- methods ------------------------------------------------------------------------------------
static DictObj* self_dict(Value v) {
  if (is_dict(v))
    return cast<DictObj>(v);
  if (is_kind(v, Kind::Instance) && is_dict(cast<InstanceObj>(v)->base_value))
    return cast<DictObj>(cast<InstanceObj>(v)->base_value);
  type_errorf("descriptor requires a 'dict' object but received a '%s'", type_name(v));
}

NATIVE(dict_keys) {
  UNUSED_NATIVE_ARGS;
  return dict_view(self_dict(a[0]), T().dict_keys);
}
NATIVE(dict_values) {
  UNUSED_NATIVE_ARGS;
  return dict_view(self_dict(a[0]), T().dict_values);
}
NATIVE(dict_items) {
  UNUSED_NATIVE_ARGS;
  return dict_view(self_dict(a[0]), T().dict_items);
}
NATIVE(dict_get_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("get", n - 1, 1, 2);
  Value v = dict_get(self_dict(a[0]), a[1]);
  if (v.is_null())
    return n > 2 ? a[2] : None();
  return v;
}
NATIVE(dict_pop) {
  UNUSED_NATIVE_ARGS;
  check_nargs("pop", n - 1, 1, 2);
  DictObj* d = self_dict(a[0]);
  Value v = dict_get(d, a[1]);
  if (v.is_null()) {
    if (n > 2)
      return a[2];
    key_error(a[1]);
  }
  dict_del(d, a[1]);
  return v;
}
NATIVE(dict_popitem) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = self_dict(a[0]);
  bool last = true;
  Value l = kwarg(kw, "last");
  if (!l.is_null())
    last = truthy(l);
  else if (n > 1)
    last = truthy(a[1]);
  if (d->used == 0)
    raise_value(T().KeyError,
                str_val(d->flavor == DictFlavor::Ordered ? "dictionary is empty"
                                                         : "popitem(): dictionary is empty"));
  if (last) {
    for (size_t i = d->entries.size(); i-- > 0;) {
      if (d->entries[i].key.is_null())
        continue;
      Value k = d->entries[i].key, v = d->entries[i].value;
      dict_del(d, k);
      return V(new_tuple({k, v}));
    }
  } else {
    for (auto& e : d->entries) {
      if (e.key.is_null())
        continue;
      Value k = e.key, v = e.value;
      dict_del(d, k);
      return V(new_tuple({k, v}));
    }
  }
  return None();
}
NATIVE(dict_setdefault) {
  UNUSED_NATIVE_ARGS;
  check_nargs("setdefault", n - 1, 1, 2);
  DictObj* d = self_dict(a[0]);
  Value v = dict_get(d, a[1]);
  if (!v.is_null())
    return v;
  Value dv = n > 2 ? a[2] : None();
  dict_set(d, a[1], dv);
  return dv;
}
void counter_update(DictObj* d, const Value& src, int sign);
NATIVE(dict_update_m) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = self_dict(a[0]);
  if (d->flavor == DictFlavor::Counter) {
    if (n > 1)
      counter_update(d, a[1], 1);
  } else if (n > 1) {
    dict_update(d, a[1]);
  }
  for (int i = 0; i < kw.n; ++i) {
    if (d->flavor == DictFlavor::Counter) {
      Value old = dict_get(d, kw.names[i]);
      dict_set(d, kw.names[i], binary_op(old.is_null() ? Int(0) : old, kw.vals[i], BIN_ADD));
    } else {
      dict_set(d, kw.names[i], kw.vals[i]);
    }
  }
  return None();
}
NATIVE(dict_clear_m) {
  UNUSED_NATIVE_ARGS;
  dict_clear(self_dict(a[0]));
  return None();
}
NATIVE(dict_copy_m) {
  UNUSED_NATIVE_ARGS;
  DictObj* src = self_dict(a[0]);
  DictObj* d = dict_copy(src);
  d->flavor = src->flavor;
  d->type = src->type;
  d->default_factory = src->default_factory;
  return V(d);
}
NATIVE(dict_fromkeys) {
  UNUSED_NATIVE_ARGS;
  // bound as a classmethod: a[0] is the class
  DictObj* d = new_dict();
  if (is_type(a[0]) && cast<TypeObj>(a[0]) == T().ordered_dict) {
    d->flavor = DictFlavor::Ordered;
    d->type = T().ordered_dict;
  }
  Value v = n > 2 ? a[2] : None();
  for (auto& k : to_vector(a[1]))
    dict_set(d, k, v);
  return V(d);
}
NATIVE(dict_contains) {
  UNUSED_NATIVE_ARGS;
  return Bool(!dict_get(self_dict(a[0]), a[1]).is_null());
}
NATIVE(dict_getitem) {
  UNUSED_NATIVE_ARGS;
  return dict_subscript(self_dict(a[0]), a[0], a[1]);
}
NATIVE(dict_setitem) {
  UNUSED_NATIVE_ARGS;
  dict_set(self_dict(a[0]), a[1], a[2]);
  return None();
}
NATIVE(dict_delitem) {
  UNUSED_NATIVE_ARGS;
  if (!dict_del(self_dict(a[0]), a[1]))
    key_error(a[1]);
  return None();
}
NATIVE(dict_len) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(self_dict(a[0])->used));
}
NATIVE(dict_iter_m) {
  UNUSED_NATIVE_ARGS;
  return dict_iter(self_dict(a[0]), 0);
}
NATIVE(dict_init) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = self_dict(a[0]);
  if (n > 1)
    dict_update(d, a[1]);
  for (int i = 0; i < kw.n; ++i)
    dict_set(d, kw.names[i], kw.vals[i]);
  return None();
}
NATIVE(dict_repr_m) {
  UNUSED_NATIVE_ARGS;
  return str_val(repr(V(self_dict(a[0]))));
}
NATIVE(dict_move_to_end) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = self_dict(a[0]);
  bool last = true;
  Value l = kwarg(kw, "last");
  if (!l.is_null())
    last = truthy(l);
  else if (n > 2)
    last = truthy(a[2]);
  Value v = dict_get(d, a[1]);
  if (v.is_null())
    key_error(a[1]);
  dict_del(d, a[1]);
  if (last) {
    dict_set(d, a[1], v);
  } else {
    std::vector<DictEntry> es;
    es.push_back(DictEntry{a[1], v, hash_of(a[1])});
    for (auto& e : d->entries)
      if (!e.key.is_null())
        es.push_back(e);
    d->entries = es;
    d->used = es.size();
    rebuild_index(d, d->used);
  }
  return None();
}

// Counter
void counter_update(DictObj* d, const Value& src, int sign) {
  if (is_dict(src)) {
    for (auto& e : cast<DictObj>(src)->entries) {
      if (e.key.is_null())
        continue;
      Value old = dict_get(d, e.key);
      Value inc = e.value;
      dict_set(d, e.key,
               binary_op(old.is_null() ? Int(0) : old, inc, sign > 0 ? BIN_ADD : BIN_SUB));
    }
    return;
  }
  Value it = get_iter(src);
  Value x;
  while (next(it, x)) {
    Value old = dict_get(d, x);
    dict_set(d, x, Int((old.is_null() ? 0 : as_index(old)) + sign));
  }
}
NATIVE(counter_most_common) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = self_dict(a[0]);
  std::vector<Value> keys;
  std::vector<std::pair<Value, size_t>> items; // (count, index in keys)
  for (auto& e : d->entries)
    if (!e.key.is_null()) {
      items.push_back({e.value, keys.size()});
      keys.push_back(e.key);
    }
  sort_keyed(items, KeyOrder::Greater);
  int64_t k = (n > 1 && !a[1].is_none()) ? as_index(a[1]) : int64_t(items.size());
  if (k < 0)
    k = 0;
  ListObj* l = new_list();
  for (int64_t i = 0; i < k && i < int64_t(items.size()); ++i)
    l->items.push_back(V(new_tuple({keys[items[size_t(i)].second], items[size_t(i)].first})));
  return V(l);
}
NATIVE(counter_elements) {
  UNUSED_NATIVE_ARGS;
  DictObj* d = self_dict(a[0]);
  ListObj* l = new_list();
  for (auto& e : d->entries) {
    if (e.key.is_null())
      continue;
    int64_t c = as_index(e.value);
    for (int64_t i = 0; i < c; ++i)
      l->items.push_back(e.key);
  }
  return get_iter(V(l));
}
NATIVE(counter_subtract) {
  UNUSED_NATIVE_ARGS;
  if (n > 1)
    counter_update(self_dict(a[0]), a[1], -1);
  return None();
}
NATIVE(counter_total) {
  UNUSED_NATIVE_ARGS;
  Value t = Int(0);
  for (auto& e : self_dict(a[0])->entries)
    if (!e.key.is_null())
      t = binary_op(t, e.value, BIN_ADD);
  return t;
}

// dict views
static DictObj* view_dict(Value v) { return cast<DictObj>(cast<IterObj>(v)->a); }
NATIVE(view_iter) {
  UNUSED_NATIVE_ARGS;
  TypeObj* t = a[0].o->type;
  return dict_iter(view_dict(a[0]), t == T().dict_keys ? 0 : t == T().dict_values ? 1 : 2);
}
NATIVE(view_len) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(view_dict(a[0])->used));
}
NATIVE(view_isdisjoint) {
  UNUSED_NATIVE_ARGS;
  for (auto& x : to_vector(a[1]))
    if (contains(a[0], x))
      return False();
  return True();
}

void init_dict_methods() {
  Types& t = T();
  TypeObj* d = t.dict;
  add_method(d, "keys", dict_keys);
  add_method(d, "values", dict_values);
  add_method(d, "items", dict_items);
  add_method(d, "get", dict_get_m);
  add_method(d, "pop", dict_pop);
  add_method(d, "popitem", dict_popitem);
  add_method(d, "setdefault", dict_setdefault);
  add_method(d, "update", dict_update_m);
  add_method(d, "clear", dict_clear_m);
  add_method(d, "copy", dict_copy_m);
  add_method(d, "__contains__", dict_contains);
  add_method(d, "__getitem__", dict_getitem);
  add_method(d, "__setitem__", dict_setitem);
  add_method(d, "__delitem__", dict_delitem);
  add_method(d, "__len__", dict_len);
  add_method(d, "__iter__", dict_iter_m);
  add_method(d, "__init__", dict_init);
  add_method(d, "__repr__", dict_repr_m);
  {
    NativeObj* fk = new_native("fromkeys", dict_fromkeys);
    WrapperObj* cm = vm().heap.alloc<WrapperObj>(t.classmethod, Kind::ClassMethod);
    cm->func = V(fk);
    dict_set(d->dict, V(intern("fromkeys")), V(cm));
  }
  add_method(t.ordered_dict, "move_to_end", dict_move_to_end);
  add_method(t.ordered_dict, "popitem", dict_popitem);
  add_method(t.counter, "most_common", counter_most_common);
  add_method(t.counter, "elements", counter_elements);
  add_method(t.counter, "subtract", counter_subtract);
  add_method(t.counter, "total", counter_total);
  add_method(t.counter, "update", dict_update_m);
  for (TypeObj* v : {t.dict_keys, t.dict_values, t.dict_items}) {
    add_method(v, "__iter__", view_iter);
    add_method(v, "__len__", view_len);
    add_method(v, "isdisjoint", view_isdisjoint);
  }
}

} // namespace tulip::lang
