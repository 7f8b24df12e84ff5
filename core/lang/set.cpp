// set and frozenset: CPython's table algorithm (linear probing then perturbation, the same
// resize policy), so iteration order matches CPython's for the same hashes.
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static constexpr size_t LINEAR_PROBES = 9;
static constexpr int PERTURB_SHIFT = 5;
static constexpr size_t MINSIZE = 8;

static inline bool entry_unused(const SetEntry& e) { return e.key.is_null() && e.hash == 0; }
static inline bool entry_active(const SetEntry& e) { return !e.key.is_null(); }

static bool keys_eq(const Value& a, const Value& b) {
  if (a.same(b))
    return true;
  if (is_str(a) && is_str(b))
    return sv(a) == sv(b);
  return eq(a, b);
}

static void insert_clean(std::vector<SetEntry>& table, size_t mask, const Value& key,
                         int64_t hash) {
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null())
      goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (size_t j = 0; j < LINEAR_PROBES; ++j) {
        ++entry;
        if (entry->key.is_null())
          goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

static void table_resize(SetObj* s, size_t minused) {
  size_t newsize = MINSIZE;
  while (newsize <= minused)
    newsize <<= 1;
  std::vector<SetEntry> old;
  old.swap(s->table);
  s->table.assign(newsize, SetEntry{});
  size_t mask = newsize - 1;
  for (auto& e : old)
    if (entry_active(e))
      insert_clean(s->table, mask, e.key, e.hash);
  s->fill = s->used;
}

static bool add_entry(SetObj* s, const Value& key, int64_t hash) {
restart:
  size_t mask = s->table.size() - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    SetEntry* entry = &s->table[i];
    size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.is_null()) {
        ++s->fill;
        ++s->used;
        entry->key = key;
        entry->hash = hash;
        if (s->fill * 5 < mask * 3)
          return true;
        table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
        return true;
      }
      if (entry->hash == hash && entry_active(*entry)) {
        Value start = entry->key;
        size_t size_before = s->table.size();
        if (keys_eq(start, key))
          return false;
        if (s->table.size() != size_before)
          goto restart;
      }
      ++entry;
      if (probes-- == 0)
        break;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

static SetEntry* lookkey(SetObj* s, const Value& key, int64_t hash) {
  size_t mask = s->table.size() - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    SetEntry* entry = &s->table[i];
    size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    for (;;) {
      if (entry_unused(*entry))
        return entry;
      if (entry->hash == hash && entry_active(*entry) && keys_eq(entry->key, key))
        return entry;
      ++entry;
      if (probes-- == 0)
        break;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

static int64_t set_hash_key(const Value& key) {
  if (is_kind(key, Kind::Set) && !cast<SetObj>(key)->frozen) {
    // set elements must be hashable: a set used as a key is looked up as a frozenset
    type_error("unhashable type: 'set'");
  }
  return hash_of(key);
}

bool set_add(SetObj* s, const Value& key) { return add_entry(s, key, set_hash_key(key)); }

bool set_contains(SetObj* s, const Value& key) {
  int64_t h;
  if (is_kind(key, Kind::Set) && !cast<SetObj>(key)->frozen) {
    SetObj* tmp = set_copy(cast<SetObj>(key), true);
    h = hash_of(V(tmp));
    return entry_active(*lookkey(s, V(tmp), h));
  }
  h = hash_of(key);
  return entry_active(*lookkey(s, key, h));
}

bool set_discard(SetObj* s, const Value& key) {
  SetEntry* e = lookkey(s, key, hash_of(key));
  if (!entry_active(*e))
    return false;
  e->key = Value();
  e->hash = -1;
  --s->used;
  return true;
}

void set_clear(SetObj* s) {
  s->table.assign(MINSIZE, SetEntry{});
  s->fill = s->used = 0;
}

static void set_merge(SetObj* s, SetObj* other) {
  if (other == s || other->used == 0)
    return;
  size_t mask = s->table.size() - 1;
  if ((s->fill + other->used) * 5 >= mask * 3)
    table_resize(s, (s->used + other->used) * 2);
  if (s->fill == 0 && s->table.size() == other->table.size() && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i)
      if (entry_active(other->table[i]))
        s->table[i] = other->table[i];
    s->fill = other->fill;
    s->used = other->used;
    return;
  }
  if (s->fill == 0) {
    size_t m = s->table.size() - 1;
    s->fill = s->used = other->used;
    for (auto& e : other->table)
      if (entry_active(e))
        insert_clean(s->table, m, e.key, e.hash);
    return;
  }
  for (size_t i = 0; i < other->table.size(); ++i) {
    SetEntry e = other->table[i];
    if (entry_active(e))
      add_entry(s, e.key, e.hash);
  }
}

void set_update(SetObj* s, const Value& iterable) {
  if (is_kind(iterable, Kind::Set)) {
    set_merge(s, cast<SetObj>(iterable));
    return;
  }
  if (is_dict(iterable)) {
    DictObj* d = cast<DictObj>(iterable);
    size_t mask = s->table.size() - 1;
    if ((s->fill + d->used) * 5 >= mask * 3)
      table_resize(s, (s->used + d->used) * 2);
    for (size_t i = 0; i < d->entries.size(); ++i) {
      DictEntry e = d->entries[i];
      if (!e.key.is_null())
        add_entry(s, e.key, e.hash);
    }
    return;
  }
  Value it = get_iter(iterable);
  Value x;
  while (next(it, x))
    set_add(s, x);
}

SetObj* set_copy(SetObj* s, bool frozen) {
  SetObj* n = new_set(frozen);
  set_merge(n, s);
  return n;
}

static SetObj* make_like(SetObj* a) {
  SetObj* r = new_set(a->frozen);
  return r;
}

static SetObj* as_set(const Value& v) {
  if (is_kind(v, Kind::Set))
    return cast<SetObj>(v);
  SetObj* s = new_set();
  set_update(s, v);
  return s;
}

static SetObj* set_intersection(SetObj* so, const Value& other) {
  SetObj* result = make_like(so);
  if (is_kind(other, Kind::Set)) {
    SetObj* o = cast<SetObj>(other);
    SetObj* big = so;
    if (o->used > so->used) {
      big = o;
      o = so;
    }
    for (size_t i = 0; i < o->table.size(); ++i) {
      SetEntry e = o->table[i];
      if (entry_active(e) && entry_active(*lookkey(big, e.key, e.hash)))
        add_entry(result, e.key, e.hash);
    }
    return result;
  }
  Value it = get_iter(other);
  Value x;
  while (next(it, x)) {
    int64_t h = hash_of(x);
    if (entry_active(*lookkey(so, x, h)))
      add_entry(result, x, h);
  }
  return result;
}

static void difference_update(SetObj* s, const Value& other) {
  if (is_kind(other, Kind::Set) && cast<SetObj>(other) == s) {
    set_clear(s);
    return;
  }
  for (auto& x : to_vector(other))
    set_discard(s, x);
}

static SetObj* set_difference(SetObj* so, const Value& other) {
  if (!is_kind(other, Kind::Set) && !is_dict(other)) {
    SetObj* r = set_copy(so, so->frozen);
    difference_update(r, other);
    return r;
  }
  size_t other_size = is_dict(other) ? cast<DictObj>(other)->used : cast<SetObj>(other)->used;
  if ((so->used >> 2) > other_size) {
    SetObj* r = set_copy(so, so->frozen);
    difference_update(r, other);
    return r;
  }
  SetObj* result = make_like(so);
  for (size_t i = 0; i < so->table.size(); ++i) {
    SetEntry e = so->table[i];
    if (!entry_active(e))
      continue;
    bool in;
    if (is_dict(other))
      in = dict_find(cast<DictObj>(other), e.key, e.hash) >= 0;
    else
      in = entry_active(*lookkey(cast<SetObj>(other), e.key, e.hash));
    if (!in)
      add_entry(result, e.key, e.hash);
  }
  return result;
}

static void symmetric_difference_update(SetObj* so, const Value& other) {
  SetObj* o = as_set(other);
  if (o == so) {
    set_clear(so);
    return;
  }
  for (size_t i = 0; i < o->table.size(); ++i) {
    SetEntry e = o->table[i];
    if (!entry_active(e))
      continue;
    SetEntry* f = lookkey(so, e.key, e.hash);
    if (entry_active(*f)) {
      f->key = Value();
      f->hash = -1;
      --so->used;
    } else {
      add_entry(so, e.key, e.hash);
    }
  }
}

static SetObj* set_symmetric_difference(SetObj* so, const Value& other) {
  SetObj* r = new_set(so->frozen);
  set_update(r, other);
  symmetric_difference_update(r, V(so));
  return r;
}

Value set_binop(SetObj* a, const Value& b, int op, bool inplace) {
  switch (op) {
  case BIN_OR: {
    SetObj* r = inplace ? a : set_copy(a, a->frozen);
    set_update(r, b);
    return V(r);
  }
  case BIN_AND: {
    SetObj* r = set_intersection(a, b);
    if (inplace) {
      a->table = r->table;
      a->fill = r->fill;
      a->used = r->used;
      return V(a);
    }
    return V(r);
  }
  case BIN_SUB: {
    if (inplace) {
      difference_update(a, b);
      return V(a);
    }
    return V(set_difference(a, b));
  }
  case BIN_XOR: {
    if (inplace) {
      symmetric_difference_update(a, b);
      return V(a);
    }
    return V(set_symmetric_difference(a, b));
  }
  default:
    return Value();
  }
}

static bool set_iter_next(IterObj* it, Value& out) {
  SetObj* s = cast<SetObj>(it->a);
  if (s->used != size_t(it->n)) {
    it->n = -1;
    raise(T().RuntimeError, "Set changed size during iteration");
  }
  while (size_t(it->i) < s->table.size()) {
    SetEntry& e = s->table[size_t(it->i++)];
    if (entry_active(e)) {
      out = e.key;
      return true;
    }
  }
  return false;
}

Value set_iter(SetObj* s) {
  IterObj* it = new_iter(T().set_iterator, set_iter_next);
  it->a = V(s);
  it->n = int64_t(s->used);
  return V(it);
}

// ---- methods ------------------------------------------------------------------------------------
static SetObj* S(const Value& v) {
  if (is_kind(v, Kind::Set))
    return cast<SetObj>(v);
  type_errorf("descriptor requires a 'set' object but received a '%s'", type_name(v));
}

NATIVE(set_add_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("add", n - 1, 1, 1);
  set_add(S(a[0]), a[1]);
  return None();
}
NATIVE(set_discard_m) {
  UNUSED_NATIVE_ARGS;
  set_discard(S(a[0]), a[1]);
  return None();
}
NATIVE(set_remove_m) {
  UNUSED_NATIVE_ARGS;
  if (!set_discard(S(a[0]), a[1]))
    key_error(a[1]);
  return None();
}
NATIVE(set_pop_m) {
  UNUSED_NATIVE_ARGS;
  SetObj* s = S(a[0]);
  if (s->used == 0)
    raise(T().KeyError, "pop from an empty set");
  size_t mask = s->table.size() - 1;
  size_t i = s->finger & mask;
  while (!entry_active(s->table[i])) {
    ++i;
    if (i > mask)
      i = 0;
  }
  Value k = s->table[i].key;
  s->table[i].key = Value();
  s->table[i].hash = -1;
  --s->used;
  s->finger = i + 1;
  return k;
}
NATIVE(set_clear_m) {
  UNUSED_NATIVE_ARGS;
  set_clear(S(a[0]));
  return None();
}
NATIVE(set_copy_m) {
  UNUSED_NATIVE_ARGS;
  return V(set_copy(S(a[0]), S(a[0])->frozen));
}
NATIVE(set_update_m) {
  UNUSED_NATIVE_ARGS;
  for (int i = 1; i < n; ++i)
    set_update(S(a[0]), a[i]);
  return None();
}
NATIVE(set_union_m) {
  UNUSED_NATIVE_ARGS;
  SetObj* r = set_copy(S(a[0]), S(a[0])->frozen);
  for (int i = 1; i < n; ++i)
    set_update(r, a[i]);
  return V(r);
}
NATIVE(set_intersection_m) {
  UNUSED_NATIVE_ARGS;
  SetObj* r = S(a[0]);
  if (n == 1)
    return V(set_copy(r, r->frozen));
  for (int i = 1; i < n; ++i)
    r = set_intersection(r, a[i]);
  return V(r);
}
NATIVE(set_intersection_update_m) {
  UNUSED_NATIVE_ARGS;
  SetObj* s = S(a[0]);
  SetObj* r = s;
  for (int i = 1; i < n; ++i)
    r = set_intersection(r, a[i]);
  if (r != s) {
    s->table = r->table;
    s->fill = r->fill;
    s->used = r->used;
  }
  return None();
}
NATIVE(set_difference_m) {
  UNUSED_NATIVE_ARGS;
  SetObj* r = S(a[0]);
  if (n == 1)
    return V(set_copy(r, r->frozen));
  for (int i = 1; i < n; ++i)
    r = set_difference(r, a[i]);
  return V(r);
}
NATIVE(set_difference_update_m) {
  UNUSED_NATIVE_ARGS;
  for (int i = 1; i < n; ++i)
    difference_update(S(a[0]), a[i]);
  return None();
}
NATIVE(set_symdiff_m) {
  UNUSED_NATIVE_ARGS;
  return V(set_symmetric_difference(S(a[0]), a[1]));
}
NATIVE(set_symdiff_update_m) {
  UNUSED_NATIVE_ARGS;
  symmetric_difference_update(S(a[0]), a[1]);
  return None();
}
bool set_is_subset(SetObj* a, SetObj* b);
NATIVE(set_issubset_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(set_is_subset(S(a[0]), as_set(a[1])));
}
NATIVE(set_issuperset_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(set_is_subset(as_set(a[1]), S(a[0])));
}
NATIVE(set_isdisjoint_m) {
  UNUSED_NATIVE_ARGS;
  SetObj* s = S(a[0]);
  for (auto& x : to_vector(a[1]))
    if (set_contains(s, x))
      return False();
  return True();
}
NATIVE(set_contains_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(set_contains(S(a[0]), a[1]));
}
NATIVE(set_len_m) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(S(a[0])->used));
}
NATIVE(set_iter_m) {
  UNUSED_NATIVE_ARGS;
  return set_iter(S(a[0]));
}

void init_set_methods() {
  Types& t = T();
  for (TypeObj* ty : {t.set, t.frozenset}) {
    add_method(ty, "copy", set_copy_m);
    add_method(ty, "union", set_union_m);
    add_method(ty, "intersection", set_intersection_m);
    add_method(ty, "difference", set_difference_m);
    add_method(ty, "symmetric_difference", set_symdiff_m);
    add_method(ty, "issubset", set_issubset_m);
    add_method(ty, "issuperset", set_issuperset_m);
    add_method(ty, "isdisjoint", set_isdisjoint_m);
    add_method(ty, "__contains__", set_contains_m);
    add_method(ty, "__len__", set_len_m);
    add_method(ty, "__iter__", set_iter_m);
  }
  TypeObj* s = t.set;
  add_method(s, "add", set_add_m);
  add_method(s, "discard", set_discard_m);
  add_method(s, "remove", set_remove_m);
  add_method(s, "pop", set_pop_m);
  add_method(s, "clear", set_clear_m);
  add_method(s, "update", set_update_m);
  add_method(s, "intersection_update", set_intersection_update_m);
  add_method(s, "difference_update", set_difference_update_m);
  add_method(s, "symmetric_difference_update", set_symdiff_update_m);
}

} // namespace tulip::lang
