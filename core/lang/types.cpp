// The builtin type objects, the VM's construction and teardown, and the collector's roots.
#include <algorithm>
#include <cstdio>

#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

void init_dict_methods();
void init_set_methods();
void init_list_methods();
void init_generator_methods();
void register_exceptions(DictObj* b);
void gen_finalizer(Obj* o);
bool gen_needs_finalize(Obj* o);
void gen_finalize(GenObj* g);

static TypeObj* bt(const char* name, Kind layout, TypeObj* base = nullptr) {
  return new_type(name, base ? base : T().object, layout, true);
}

void init_types() {
  VM& m = vm();
  Types& t = m.types;
  // object and type first, by hand (new_type needs them)
  t.type = m.heap.alloc<TypeObj>(nullptr, Kind::Type);
  t.type->type = t.type;
  t.object = m.heap.alloc<TypeObj>(t.type, Kind::Type);
  t.str = m.heap.alloc<TypeObj>(t.type, Kind::Type);
  t.dict = m.heap.alloc<TypeObj>(t.type, Kind::Type);
  // strings can now be made (their type pointer is t.str)
  m.empty_str = nullptr;
  auto setup = [&](TypeObj* ty, const char* name, TypeObj* base, Kind layout) {
    ty->name = intern(name);
    ty->qualname = ty->name;
    ty->module = nullptr;
    ty->base = base;
    ty->layout = layout;
    ty->builtin = true;
    ty->mro.clear();
    for (TypeObj* c = ty; c; c = c->base)
      ty->mro.push_back(c);
  };
  setup(t.object, "object", nullptr, Kind::Instance);
  setup(t.type, "type", t.object, Kind::Type);
  setup(t.str, "str", t.object, Kind::Str);
  setup(t.dict, "dict", t.object, Kind::Dict);
  for (TypeObj* ty : {t.object, t.type, t.str, t.dict}) {
    ty->dict = new_dict();
    ty->module = intern("builtins");
  }
  init_names();
  t.none = bt("NoneType", Kind::Misc);
  t.notimpl = bt("NotImplementedType", Kind::Misc);
  t.ellipsis = bt("ellipsis", Kind::Misc);
  t.int_ = bt("int", Kind::Misc);
  t.bool_ = bt("bool", Kind::Misc, t.int_);
  t.bool_->final_ = true;
  t.float_ = bt("float", Kind::Misc);
  t.bytes = bt("bytes", Kind::Bytes);
  t.list = bt("list", Kind::List);
  t.tuple = bt("tuple", Kind::Tuple);
  t.set = bt("set", Kind::Set);
  t.frozenset = bt("frozenset", Kind::Set);
  t.range = bt("range", Kind::Range);
  t.range->final_ = true;
  t.slice = bt("slice", Kind::Slice);
  t.function = bt("function", Kind::Function);
  t.function->final_ = true;
  t.builtin_function = bt("builtin_function_or_method", Kind::Native);
  t.method = bt("method", Kind::BoundMethod);
  t.code = bt("code", Kind::Code);
  t.cell = bt("cell", Kind::Cell);
  t.module = bt("module", Kind::Module);
  t.generator = bt("generator", Kind::Generator);
  t.coroutine = bt("coroutine", Kind::Generator);
  t.async_generator = bt("async_generator", Kind::Generator);
  t.property = bt("property", Kind::Property);
  t.classmethod = bt("classmethod", Kind::ClassMethod);
  t.staticmethod = bt("staticmethod", Kind::StaticMethod);
  t.super = bt("super", Kind::Super);
  t.iterator = bt("iterator", Kind::Iter);
  t.list_iterator = bt("list_iterator", Kind::Iter);
  t.list_reverseiterator = bt("list_reverseiterator", Kind::Iter);
  t.tuple_iterator = bt("tuple_iterator", Kind::Iter);
  t.range_iterator = bt("range_iterator", Kind::Iter);
  t.str_iterator = bt("str_iterator", Kind::Iter);
  t.str_ascii_iterator = bt("str_ascii_iterator", Kind::Iter);
  t.bytes_iterator = bt("bytes_iterator", Kind::Iter);
  t.set_iterator = bt("set_iterator", Kind::Iter);
  t.dict_keyiterator = bt("dict_keyiterator", Kind::Iter);
  t.dict_valueiterator = bt("dict_valueiterator", Kind::Iter);
  t.dict_itemiterator = bt("dict_itemiterator", Kind::Iter);
  t.dict_reversekeyiterator = bt("dict_reversekeyiterator", Kind::Iter);
  t.callable_iterator = bt("callable_iterator", Kind::Iter);
  t.async_generator_asend = bt("async_generator_asend", Kind::Iter);
  t.async_generator_athrow = bt("async_generator_athrow", Kind::Iter);
  t.anext_awaitable = bt("anext_awaitable", Kind::Iter);
  t.dict_keys = bt("dict_keys", Kind::Iter);
  t.dict_values = bt("dict_values", Kind::Iter);
  t.dict_items = bt("dict_items", Kind::Iter);
  t.defaultdict = bt("defaultdict", Kind::Dict, t.dict);
  t.defaultdict->module = intern("collections");
  t.counter = bt("Counter", Kind::Dict, t.dict);
  t.counter->module = intern("collections");
  t.ordered_dict = bt("OrderedDict", Kind::Dict, t.dict);
  t.ordered_dict->module = intern("collections");
  t.deque = bt("deque", Kind::Iter);
  t.deque->module = intern("collections");
  t.partial = bt("partial", Kind::Misc);
  t.partial->module = intern("functools");
  t.misc = bt("object", Kind::Misc);
  // sentinels
  MiscObj* ni = m.heap.alloc<MiscObj>(t.notimpl, Kind::Misc);
  ni->name = "NotImplemented";
  m.notimpl_v = V(ni);
  MiscObj* el = m.heap.alloc<MiscObj>(t.ellipsis, Kind::Misc);
  el->name = "Ellipsis";
  m.ellipsis_v = V(el);
  m.empty_tuple_ = nullptr;
  m.empty_tuple_ = new_tuple(std::vector<Value>{});
  m.empty_tuple_ = m.heap.alloc<TupleObj>(t.tuple, Kind::Tuple);
  m.empty_str = intern("");
  for (int c = 0; c < 128; ++c) {
    char ch = char(c);
    m.char_strs[c] = intern(std::string_view(&ch, 1));
  }
  init_exceptions();
  init_dict_methods();
  init_set_methods();
  init_list_methods();
  init_generator_methods();
  init_str_methods();
  init_number_methods();
  init_misc_types();
}

VM::VM() {
  g_prev_ = &vm_slot();
  prev_vm_ = *g_prev_;
  *g_prev_ = this;
  intern_table = new std::unordered_map<std::string, StrObj*>();
  heap.finalizer = gen_finalizer;
#ifdef TULIP_GC_STRESS
  heap.next_gc_ = TULIP_GC_STRESS;
#endif
  ++native_depth; // no collection while the runtime is being built
  init_types();
  builtins = new_dict();
  modules = new_dict();
  init_builtins(builtins);
  register_exceptions(builtins);
  --native_depth;
}

VM::~VM() {
  flush_out();
  heap.finalizer = nullptr;
  heap.free_all();
  delete intern_table;
  *g_prev_ = prev_vm_;
}

void VM::mark_roots() {
  heap.mark(builtins);
  heap.mark(modules);
  heap.mark(main_globals);
  heap.mark(cur_exc);
  heap.mark(none_v);
  heap.mark(notimpl_v);
  heap.mark(ellipsis_v);
  heap.mark(empty_tuple_);
  heap.mark(empty_str);
  Types& t = types;
  TypeObj** tp = reinterpret_cast<TypeObj**>(&t);
  for (size_t i = 0; i < sizeof(Types) / sizeof(TypeObj*); ++i)
    heap.mark(tp[i]);
  for (auto& kv : *intern_table)
    heap.mark(kv.second);
  for (Value* r : roots)
    heap.mark(*r);
  for (auto& v : temp_roots)
    heap.mark(v);
  for (Frame* f = top; f; f = f->back)
    mark_frame(heap, f);
  for (auto& h : extra_roots)
    h(heap);
}

static int finalizing_gens_ = 0; // generator finalizers running (their collections don't nest)

void VM::collect() {
  if (heap.in_collect)
    return;
  heap.in_collect = true;
  mark_roots();
  heap.trace_all();
  // Unreachable suspended generators are kept alive (with all they reference) through this
  // collection, closed once it is over, and freed by a later one.
  std::vector<GenObj*> finalize;
  for (Obj* o = heap.first_object(); o; o = o->gc_next)
    if (!o->marked && gen_needs_finalize(o))
      finalize.push_back(static_cast<GenObj*>(o));
  for (GenObj* g : finalize)
    heap.mark(g);
  heap.trace_all();
  heap.sweep();
  size_t live = heap.bytes();
  heap.next_gc_ = live * 2 > (4u << 20) ? live * 2 : (4u << 20);
#ifdef TULIP_GC_STRESS // a test build that collects every few kilobytes, to shake out GC bugs
  heap.next_gc_ = live + (TULIP_GC_STRESS);
#endif
  heap.in_collect = false;
  if (finalize.empty() || finalizing_gens_)
    return;
  // oldest first (the heap's list is newest first)
  std::reverse(finalize.begin(), finalize.end());
  size_t base = temp_roots.size();
  for (GenObj* g : finalize)
    temp_roots.push_back(V(g));
  ++finalizing_gens_;
  for (GenObj* g : finalize)
    gen_finalize(g);
  --finalizing_gens_;
  temp_roots.resize(base);
}

void VM::flush_out() {
  if (out.empty())
    return;
  if (on_stdout)
    on_stdout(out);
  else {
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
  }
  out.clear();
}

void VM::write_err(std::string_view s) {
  if (on_stderr)
    on_stderr(s);
  else {
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
  }
}

} // namespace tulip::lang
