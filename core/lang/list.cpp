// list and tuple: methods, slice assignment, and a stable sort with key= and reverse=.
#include <algorithm>

#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

void list_append(ListObj* l, const Value& v) { l->items.push_back(v); }

void list_extend(ListObj* l, const Value& iterable) {
  if (is_list(iterable)) {
    auto src = cast<ListObj>(iterable)->items; // copy: l may be the same list
    l->items.insert(l->items.end(), src.begin(), src.end());
    return;
  }
  if (is_tuple(iterable)) {
    auto& src = cast<TupleObj>(iterable)->items;
    l->items.insert(l->items.end(), src.begin(), src.end());
    return;
  }
  Value it = get_iter(iterable);
  Value x;
  while (next(it, x))
    l->items.push_back(x);
}

void list_setslice(ListObj* l, SliceObj* s, const Value& v) {
  int64_t start, stop, step;
  slice_indices(s, int64_t(l->items.size()), &start, &stop, &step);
  std::vector<Value> src;
  if (is_list(v) || is_tuple(v))
    src = is_list(v) ? cast<ListObj>(v)->items : cast<TupleObj>(v)->items;
  else {
    if (!v.is_obj() || is_kind(v, Kind::Misc))
      type_error("can only assign an iterable");
    src = to_vector(v);
  }
  if (step == 1) {
    if (stop < start)
      stop = start;
    l->items.erase(l->items.begin() + start, l->items.begin() + stop);
    l->items.insert(l->items.begin() + start, src.begin(), src.end());
    return;
  }
  int64_t n = slice_len(start, stop, step);
  if (int64_t(src.size()) != n)
    value_errorf("attempt to assign sequence of size %zu to extended slice of size %lld",
                 src.size(), (long long)n);
  for (int64_t i = 0, j = start; i < n; ++i, j += step)
    l->items[size_t(j)] = src[size_t(i)];
}

void list_delslice(ListObj* l, SliceObj* s) {
  int64_t start, stop, step;
  slice_indices(s, int64_t(l->items.size()), &start, &stop, &step);
  int64_t n = slice_len(start, stop, step);
  if (n <= 0)
    return;
  if (step < 0) {
    start = start + (n - 1) * step;
    step = -step;
  }
  std::vector<Value> out;
  out.reserve(l->items.size() - size_t(n));
  for (int64_t i = 0; i < int64_t(l->items.size()); ++i) {
    if (i >= start && (i - start) % step == 0 && (i - start) / step < n)
      continue;
    out.push_back(l->items[size_t(i)]);
  }
  l->items.swap(out);
}

// One instantiation of std::stable_sort (each costs some 3 KB of wasm) for every order.
void sort_keyed(std::vector<std::pair<Value, size_t>>& keyed, KeyOrder order) {
  std::stable_sort(keyed.begin(), keyed.end(), [order](const auto& x, const auto& y) {
    switch (order) {
    case KeyOrder::IntLess:
      return x.first.i < y.first.i;
    case KeyOrder::StrLess:
      return sv(x.first) < sv(y.first);
    case KeyOrder::Less:
      return compare_bool(x.first, y.first, CMP_LT);
    case KeyOrder::Greater:
      return compare_bool(x.first, y.first, CMP_GT);
    }
    return false;
  });
}

void list_sort(ListObj* l, const Value& key, bool reverse) {
  NativeCallScope scope;
  std::vector<Value> items = l->items;
  std::vector<std::pair<Value, size_t>> keyed;
  keyed.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    keyed.push_back({key.is_null() || key.is_none() ? items[i] : call1(key, items[i]), i});
  // Fast paths for homogeneous ints / strs
  bool all_int = true, all_str = true;
  for (auto& k : keyed) {
    if (!k.first.is_int())
      all_int = false;
    if (!is_str(k.first) || k.first.o->type != T().str)
      all_str = false;
  }
  if (reverse)
    std::reverse(keyed.begin(), keyed.end());
  sort_keyed(keyed, all_int ? KeyOrder::IntLess : all_str ? KeyOrder::StrLess : KeyOrder::Less);
  if (reverse)
    std::reverse(keyed.begin(), keyed.end());
  std::vector<Value> out;
  out.reserve(items.size());
  for (auto& k : keyed)
    out.push_back(items[k.second]);
  l->items.swap(out);
}

static ListObj* L(const Value& v) {
  if (is_list(v))
    return cast<ListObj>(v);
  if (is_kind(v, Kind::Instance) && is_list(cast<InstanceObj>(v)->base_value))
    return cast<ListObj>(cast<InstanceObj>(v)->base_value);
  type_errorf("descriptor requires a 'list' object but received a '%s'", type_name(v));
}

NATIVE(list_append_m) {
  UNUSED_NATIVE_ARGS;
  if (n != 2)
    type_errorf("list.append() takes exactly one argument (%d given)", n - 1);
  L(a[0])->items.push_back(a[1]);
  return None();
}
NATIVE(list_extend_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("extend", n - 1, 1, 1);
  list_extend(L(a[0]), a[1]);
  return None();
}
NATIVE(list_insert_m) {
  UNUSED_NATIVE_ARGS;
  check_nargs("insert", n - 1, 2, 2);
  auto& it = L(a[0])->items;
  int64_t i = as_index(a[1]), len = int64_t(it.size());
  if (i < 0)
    i = std::max<int64_t>(0, i + len);
  if (i > len)
    i = len;
  it.insert(it.begin() + i, a[2]);
  return None();
}
NATIVE(list_pop_m) {
  UNUSED_NATIVE_ARGS;
  auto& it = L(a[0])->items;
  if (it.empty())
    index_error("pop from empty list");
  int64_t i = n > 1 ? as_index(a[1]) : -1;
  int64_t len = int64_t(it.size());
  if (i < 0)
    i += len;
  if (i < 0 || i >= len)
    index_error("pop index out of range");
  Value v = it[size_t(i)];
  it.erase(it.begin() + i);
  return v;
}
NATIVE(list_remove_m) {
  UNUSED_NATIVE_ARGS;
  auto& it = L(a[0])->items;
  for (size_t i = 0; i < it.size(); ++i)
    if (eq(it[i], a[1])) {
      it.erase(it.begin() + int64_t(i));
      return None();
    }
  value_error("list.remove(x): x not in list");
}
NATIVE(list_index_m) {
  UNUSED_NATIVE_ARGS;
  auto& it = L(a[0])->items;
  int64_t len = int64_t(it.size());
  int64_t s = n > 2 ? as_index(a[2]) : 0, e = n > 3 ? as_index(a[3]) : len;
  if (s < 0)
    s = std::max<int64_t>(0, s + len);
  if (e < 0)
    e = std::max<int64_t>(0, e + len);
  for (int64_t i = s; i < std::min(e, int64_t(it.size())); ++i)
    if (eq(it[size_t(i)], a[1]))
      return Int(i);
  value_error(repr(a[1]) + " is not in list");
}
NATIVE(list_count_m) {
  UNUSED_NATIVE_ARGS;
  int64_t c = 0;
  for (auto& v : L(a[0])->items)
    if (eq(v, a[1]))
      ++c;
  return Int(c);
}
NATIVE(list_clear_m) {
  UNUSED_NATIVE_ARGS;
  L(a[0])->items.clear();
  return None();
}
NATIVE(list_copy_m) {
  UNUSED_NATIVE_ARGS;
  return V(new_list(L(a[0])->items));
}
NATIVE(list_reverse_m) {
  UNUSED_NATIVE_ARGS;
  auto& it = L(a[0])->items;
  std::reverse(it.begin(), it.end());
  return None();
}
NATIVE(list_sort_m) {
  UNUSED_NATIVE_ARGS;
  if (n > 1)
    type_error("sort() takes no positional arguments");
  Value key = kwarg(kw, "key");
  Value rev = kwarg(kw, "reverse");
  list_sort(L(a[0]), key, !rev.is_null() && truthy(rev));
  return None();
}
NATIVE(list_len_m) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(L(a[0])->items.size()));
}
NATIVE(list_getitem_m) {
  UNUSED_NATIVE_ARGS;
  return getitem(V(L(a[0])), a[1]);
}
NATIVE(list_setitem_m) {
  UNUSED_NATIVE_ARGS;
  setitem(V(L(a[0])), a[1], a[2]);
  return None();
}
NATIVE(list_delitem_m) {
  UNUSED_NATIVE_ARGS;
  delitem(V(L(a[0])), a[1]);
  return None();
}
NATIVE(list_contains_m) {
  UNUSED_NATIVE_ARGS;
  return Bool(contains(V(L(a[0])), a[1]));
}
NATIVE(list_iter_m) {
  UNUSED_NATIVE_ARGS;
  return get_iter(V(L(a[0])));
}
NATIVE(list_init_m) {
  UNUSED_NATIVE_ARGS;
  ListObj* l = L(a[0]);
  l->items.clear();
  if (n > 1)
    list_extend(l, a[1]);
  return None();
}

static TupleObj* Tu(const Value& v) {
  if (is_tuple(v))
    return cast<TupleObj>(v);
  if (is_kind(v, Kind::Instance) && is_tuple(cast<InstanceObj>(v)->base_value))
    return cast<TupleObj>(cast<InstanceObj>(v)->base_value);
  type_error("descriptor requires a 'tuple' object");
}
NATIVE(tuple_index_m) {
  UNUSED_NATIVE_ARGS;
  auto& it = Tu(a[0])->items;
  for (size_t i = 0; i < it.size(); ++i)
    if (eq(it[i], a[1]))
      return Int(int64_t(i));
  value_error("tuple.index(x): x not in tuple");
}
NATIVE(tuple_count_m) {
  UNUSED_NATIVE_ARGS;
  int64_t c = 0;
  for (auto& v : Tu(a[0])->items)
    if (eq(v, a[1]))
      ++c;
  return Int(c);
}
NATIVE(tuple_len_m) {
  UNUSED_NATIVE_ARGS;
  return Int(int64_t(Tu(a[0])->items.size()));
}
NATIVE(tuple_getitem_m) {
  UNUSED_NATIVE_ARGS;
  return getitem(V(Tu(a[0])), a[1]);
}
NATIVE(tuple_iter_m) {
  UNUSED_NATIVE_ARGS;
  return get_iter(V(Tu(a[0])));
}

void init_list_methods() {
  TypeObj* l = T().list;
  add_method(l, "append", list_append_m);
  add_method(l, "extend", list_extend_m);
  add_method(l, "insert", list_insert_m);
  add_method(l, "pop", list_pop_m);
  add_method(l, "remove", list_remove_m);
  add_method(l, "index", list_index_m);
  add_method(l, "count", list_count_m);
  add_method(l, "clear", list_clear_m);
  add_method(l, "copy", list_copy_m);
  add_method(l, "reverse", list_reverse_m);
  add_method(l, "sort", list_sort_m);
  add_method(l, "__len__", list_len_m);
  add_method(l, "__getitem__", list_getitem_m);
  add_method(l, "__setitem__", list_setitem_m);
  add_method(l, "__delitem__", list_delitem_m);
  add_method(l, "__contains__", list_contains_m);
  add_method(l, "__iter__", list_iter_m);
  add_method(l, "__init__", list_init_m);
  TypeObj* t = T().tuple;
  add_method(t, "index", tuple_index_m);
  add_method(t, "count", tuple_count_m);
  add_method(t, "__len__", tuple_len_m);
  add_method(t, "__getitem__", tuple_getitem_m);
  add_method(t, "__iter__", tuple_iter_m);
}

} // namespace tulip::lang
