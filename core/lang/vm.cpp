// The interpreter loop. Python-to-Python calls push a heap frame and continue in the same loop;
// generator frames run as the entry frame of a nested loop and suspend by returning from it.
#include "lang/vm.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "lang/bigint.hpp"
#include "lang/names.hpp"

namespace tulip::lang {

VM*& VM::vm_slot() {
  static thread_local VM* current = nullptr;
  return current;
}
VM& vm() { return *VM::vm_slot(); }

void poll_embedder() {
  VM* m = VM::vm_slot();
  if (m && m->poll_hook)
    m->poll_hook();
}

int Frame::line() const {
  if (!ip)
    return code->firstline;
  ptrdiff_t i = ip - code->code.data() - 1;
  if (i < 0)
    i = 0;
  if (size_t(i) >= code->lines.size())
    return code->lines.empty() ? code->firstline : code->lines.back();
  return code->lines[size_t(i)];
}

RootGuard::RootGuard(Value* v) { vm().roots.push_back(v); }
RootGuard::~RootGuard() { vm().roots.pop_back(); }
NativeCallScope::NativeCallScope() { ++vm().native_depth; }
NativeCallScope::~NativeCallScope() { --vm().native_depth; }

// ---- frames -------------------------------------------------------------------------------------
static void prepare_code(CodeObj* code) {
  size_t nslots = size_t(code->nlocals() + code->ncells());
  size_t nvals = nslots + size_t(code->stacksize);
  size_t bytes = sizeof(Frame) + nvals * sizeof(Value) + size_t(code->maxblocks) * sizeof(Block);
  code->frame_nslots = uint32_t(nslots);
  code->simple_args = !(code->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                                       CO_ASYNC_GENERATOR)) &&
                      code->kwonlycount == 0 && code->cellvars.empty() && code->freevars.empty();
  code->frame_bucket = int32_t((bytes + 127) / 128);
}

FrameFreeList::~FrameFreeList() {
  for (size_t b = 0; b < kBuckets; ++b) {
    while (head[b]) {
      void* p = head[b];
      head[b] = *static_cast<void**>(p);
      ::operator delete(p);
    }
  }
}

Frame* VM::new_frame(CodeObj* code, FuncObj* func, DictObj* globals) {
  if (__builtin_expect(code->frame_bucket < 0, 0))
    prepare_code(code);
  size_t bucket = size_t(code->frame_bucket);
  void* mem;
  if (bucket < FrameFreeList::kBuckets && frames_.head[bucket]) {
    mem = frames_.head[bucket];
    frames_.head[bucket] = *static_cast<void**>(mem);
    --frames_.count[bucket];
  } else {
    mem = ::operator new(bucket * 128);
  }
  Frame* f = new (mem) Frame();
  f->alloc_size = uint32_t(bucket);
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->fast = reinterpret_cast<Value*>(reinterpret_cast<char*>(mem) + sizeof(Frame));
  size_t nslots = code->frame_nslots;
  for (size_t i = 0; i < nslots; ++i)
    new (&f->fast[i]) Value();
  f->stack = f->fast + nslots;
  f->sp = f->stack;
  f->blocks = reinterpret_cast<Block*>(f->stack + code->stacksize);
  f->ip = code->code.data();
  return f;
}

void VM::free_frame(Frame* f) {
  size_t bucket = f->alloc_size;
  if (bucket < FrameFreeList::kBuckets && frames_.count[bucket] < FrameFreeList::kKeep) {
    *reinterpret_cast<void**>(f) = frames_.head[bucket];
    frames_.head[bucket] = f;
    ++frames_.count[bucket];
  } else {
    ::operator delete(static_cast<void*>(f));
  }
}

// ---- argument binding ---------------------------------------------------------------------------
static std::string fn_name(FuncObj* fn) { return std::string(sv(fn->qualname)); }

static std::string join_names(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i)
      s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

void VM::bind_args(Frame* fr, FuncObj* fn, Value* args, int nargs, const Kw& kw) {
  CodeObj* co = fn->code;
  Value* L = fr->fast;
  if (co->simple_args && nargs == co->argcount && kw.n == 0) {
    for (int i = 0; i < nargs; ++i)
      L[i] = args[i];
    return;
  }
  int argc = co->argcount, kwonly = co->kwonlycount;
  bool varargs = co->flags & CO_VARARGS, varkw = co->flags & CO_VARKEYWORDS;
  if (nargs == argc && kw.n == 0 && !varargs && !varkw && kwonly == 0) {
    for (int i = 0; i < nargs; ++i)
      L[i] = args[i];
  } else {
    int total = argc + kwonly;
    int npos = nargs < argc ? nargs : argc;
    for (int i = 0; i < npos; ++i)
      L[i] = args[i];
    if (varargs) {
      std::vector<Value> extra;
      for (int i = argc; i < nargs; ++i)
        extra.push_back(args[i]);
      L[total] = V(new_tuple(std::move(extra)));
    } else if (nargs > argc) {
      int ndef = fn->defaults ? int(fn->defaults->items.size()) : 0;
      int nkwgiven = 0;
      for (int k = 0; k < kw.n; ++k) {
        for (int j = argc; j < total; ++j)
          if (sv(kw.names[k]) == sv(co->varnames[size_t(j)]))
            ++nkwgiven;
      }
      std::string takes;
      if (ndef > 0)
        takes = strf("from %d to %d positional arguments", argc - ndef, argc);
      else
        takes = strf("%d positional argument%s", argc, argc == 1 ? "" : "s");
      std::string given = strf("%d %s given", nargs, nargs == 1 ? "was" : "were");
      if (nkwgiven)
        given = strf("%d positional argument%s (and %d keyword-only argument%s) were given", nargs,
                     nargs == 1 ? "" : "s", nkwgiven, nkwgiven == 1 ? "" : "s");
      type_error(fn_name(fn) + "() takes " + takes + " but " + given);
    }
    DictObj* kwdict = nullptr;
    if (varkw) {
      kwdict = new_dict();
      L[total + (varargs ? 1 : 0)] = V(kwdict);
    }
    std::vector<std::string> posonly_kw;
    for (int k = 0; k < kw.n; ++k) {
      const Value& name = kw.names[k];
      int found = -1;
      for (int j = co->posonlycount; j < total; ++j) {
        StrObj* vn = co->varnames[size_t(j)];
        if (vn == name.o || sv(vn) == sv(name)) {
          found = j;
          break;
        }
      }
      if (found >= 0) {
        if (!L[found].is_null())
          type_error(fn_name(fn) + "() got multiple values for argument '" + std::string(sv(name)) +
                     "'");
        L[found] = kw.vals[k];
      } else if (kwdict) {
        dict_set(kwdict, name, kw.vals[k]);
      } else {
        // CPython names every positional-only parameter passed by keyword, in call order.
        for (int k2 = k; k2 < kw.n; ++k2)
          for (int j = 0; j < co->posonlycount; ++j)
            if (sv(co->varnames[size_t(j)]) == sv(kw.names[k2]))
              posonly_kw.push_back(std::string(sv(kw.names[k2])));
        if (!posonly_kw.empty()) {
          std::string names;
          for (auto& n : posonly_kw)
            names += (names.empty() ? "" : ", ") + n;
          type_error(fn_name(fn) +
                     "() got some positional-only arguments passed as keyword arguments: '" +
                     names + "'");
        }
        type_error(fn_name(fn) + "() got an unexpected keyword argument '" + std::string(sv(name)) +
                   "'");
      }
    }
    int ndef = fn->defaults ? int(fn->defaults->items.size()) : 0;
    std::vector<std::string> missing;
    for (int i = nargs; i < argc; ++i) {
      if (!L[i].is_null())
        continue;
      if (i >= argc - ndef)
        L[i] = fn->defaults->items[size_t(i - (argc - ndef))];
      else
        missing.push_back(std::string(sv(co->varnames[size_t(i)])));
    }
    if (!missing.empty())
      type_error(strf("%s() missing %zu required positional argument%s: ", fn_name(fn).c_str(),
                      missing.size(), missing.size() == 1 ? "" : "s") +
                 join_names(missing));
    for (int i = argc; i < total; ++i) {
      if (!L[i].is_null())
        continue;
      Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, co->varnames[size_t(i)]) : Value();
      if (!d.is_null())
        L[i] = d;
      else
        missing.push_back(std::string(sv(co->varnames[size_t(i)])));
    }
    if (!missing.empty())
      type_error(strf("%s() missing %zu required keyword-only argument%s: ", fn_name(fn).c_str(),
                      missing.size(), missing.size() == 1 ? "" : "s") +
                 join_names(missing));
  }
  // cells
  size_t ncell = co->cellvars.size();
  Value* cells = L + co->nlocals();
  for (size_t i = 0; i < ncell; ++i) {
    int a = co->cell2arg[i];
    cells[i] = V(new_cell(a >= 0 ? L[a] : Value()));
  }
  if (fn->closure) {
    auto& cl = fn->closure->items;
    for (size_t j = 0; j < cl.size(); ++j)
      cells[ncell + j] = cl[j];
  }
}

GenObj* make_generator(Frame* f, FuncObj* fn);                            // generator.cpp
RunStatus gen_send_ex(GenObj* g, Value sent, ExcObj* exc, Value& result); // generator.cpp

Frame* VM::new_bound_frame(FuncObj* fn, Value* args, int nargs, const Kw& kw) {
  CodeObj* co = fn->code;
  Frame* fr = new_frame(co, fn, fn->globals);
  if (co->simple_args && nargs == co->argcount && kw.n == 0) {
    for (int i = 0; i < nargs; ++i)
      fr->fast[i] = args[i];
    return fr;
  }
  try {
    bind_args(fr, fn, args, nargs, kw);
  } catch (...) {
    free_frame(fr);
    throw;
  }
  return fr;
}

Value VM::call_function(FuncObj* fn, Value* args, int nargs, const Kw& kw) {
  CodeObj* co = fn->code;
  Frame* fr = new_bound_frame(fn, args, nargs, kw);
  if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
    return V(make_generator(fr, fn));
  fr->is_entry = true;
  fr->back = top;
  top = fr;
  ++depth;
  Value result;
  run(fr, result);
  return result;
}

RunStatus VM::resume(Frame* f, Value sent, ExcObj* thrown, Value& result, bool raised_at_await) {
  f->is_entry = true;
  if (thrown) {
    // deliver the exception at the suspension point
    f->back = top;
    top = f;
    ++depth;
    // run() delivers a pending exception through its catch path
    (void)sent;
    pending_throw_ = thrown;
    pending_raised_ = raised_at_await;
    return run(f, result);
  }
  if (f->ip != f->code->code.data() || f->sp != f->stack)
    *f->sp++ = sent;
  f->back = top;
  top = f;
  ++depth;
  return run(f, result);
}

Value VM::run_module_code(CodeObj* code, DictObj* globals) {
  Frame* f = new_frame(code, nullptr, globals);
  f->locals = globals;
  f->is_entry = true;
  f->back = top;
  top = f;
  ++depth;
  Value result;
  run(f, result);
  return result;
}

RunStatus VM::run_module(CodeObj* code, DictObj* globals, Value& result) {
  Frame* f = new_frame(code, nullptr, globals);
  f->locals = globals;
  f->is_entry = true;
  f->back = top;
  top = f;
  ++depth;
  allow_preempt_ = true;
  return run(f, result);
}

RunStatus VM::resume_preempted(Value& result) {
  if (!preempted_entry_)
    return RunStatus::Returned;
  allow_preempt_ = true;
  return run(preempted_entry_, result);
}

void VM::discard_preempted() {
  if (!preempted_entry_)
    return;
  Frame* entry = preempted_entry_;
  preempted_entry_ = nullptr;
  for (;;) {
    Frame* f = top;
    top = f->back;
    --depth;
    if (!f->owned_by_gen)
      free_frame(f);
    if (f == entry)
      break;
  }
}

// ---- helpers used by the loop -------------------------------------------------------------------
Value build_class(Value func, Value name, Value* bases, int nbases);         // call.cpp
Value import_name(StrObj* name, bool fromlist);                              // modules.cpp
Value get_awaitable(const Value& v);                                         // generator.cpp
bool send_into(const Value& it, const Value& v, Value& out, bool* returned); // generator.cpp
Value with_enter(const Value& mgr, Value* exit_out, bool async);             // call.cpp
void unpack_into(const Value& seq, int before, int after, bool has_star, Value* dest); // call.cpp
ExcObj* make_raise(Value exc);                                             // exceptions.cpp
Value format_with_conversion(const Value& v, int conv, const Value& spec); // builtins.cpp

// GET_YIELD_FROM_ITER: generators are delegated to as they are; a coroutine only from code that is
// a coroutine itself (an `async def`, or a generator of @asyncio.coroutine / types.coroutine);
// anything else through iter(). The asyncio binding's host objects are iterable through their
// type's __iter__ (Future.__iter__ is __await__); its coroutines have __await__ alone.
static Value yield_from_iter(const Value& v, uint32_t flags) {
  constexpr uint32_t kIterableCoroutine = 512; // CO_ITERABLE_COROUTINE
  bool coroutine_code = flags & (CO_COROUTINE | kIterableCoroutine);
  if (is_kind(v, Kind::Generator)) {
    if (cast<GenObj>(v)->gkind == GenKind::Coroutine && !coroutine_code)
      type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
    return v;
  }
  if (is_kind(v, Kind::Host)) {
    TypeObj* t = type_of(v);
    Value iter = lookup_type(t, N().__iter__);
    if (!iter.is_null())
      return call1(iter, v);
    if (!lookup_type(t, N().__await__).is_null()) {
      if (!coroutine_code)
        type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
      return v;
    }
  }
  return get_iter(v);
}

[[noreturn]] static void unbound_local(CodeObj* co, int i) {
  raisef(T().UnboundLocalError,
         "cannot access local variable '%s' where it is not associated with a value",
         co->varnames[size_t(i)]->data());
}

[[noreturn]] static void name_error(StrObj* name) {
  ExcObj* e = new_exception(T().NameError, strf("name '%s' is not defined", name->data()));
  dict_set(instance_dict(V(e), true), V(intern("name")), V(name));
  throw PyError{e};
}

static Value load_global(Frame* f, uint32_t ni, DictObj* builtins) {
  CodeObj* co = f->code;
  StrObj* name = co->names[ni];
  GlobalCache& c = co->gcache[ni];
  DictObj* g = f->globals;
  if (!c.builtin) {
    if (c.index >= 0 && size_t(c.index) < g->entries.size()) {
      DictEntry& e = g->entries[size_t(c.index)];
      if (e.key.tag == Tag::Obj && e.key.o == name)
        return e.value;
    }
  } else if (c.version == g->keys_version && c.index >= 0 &&
             size_t(c.index) < builtins->entries.size()) {
    DictEntry& e = builtins->entries[size_t(c.index)];
    if (e.key.tag == Tag::Obj && e.key.o == name)
      return e.value;
  }
  if (name->hash == -1)
    name->hash = hash_bytes(name->view());
  int32_t ix = dict_find(g, V(name), name->hash);
  if (ix >= 0) {
    c.builtin = false;
    c.index = g->entries[size_t(ix)].key.o == name ? ix : -1;
    return g->entries[size_t(ix)].value;
  }
  ix = dict_find(builtins, V(name), name->hash);
  if (ix >= 0) {
    c.builtin = true;
    c.version = g->keys_version;
    c.index = builtins->entries[size_t(ix)].key.o == name ? ix : -1;
    return builtins->entries[size_t(ix)].value;
  }
  name_error(name);
}

static inline bool is_plain_function(const Value& v) {
  return v.tag == Tag::Obj && v.o->kind == Kind::Function;
}

// ---- generator ownership ------------------------------------------------------------------------
// CPython closes a generator (runs its finally blocks, GeneratorExit) the moment its last
// reference goes: when a `for` loop breaks out of it, when the function whose local held it
// returns. Objects here have no reference counts, so the collector would close it much later.
// Instead a generator gets an owner (GenObj::owner) only when its one reference provably sits
// in a place this loop controls, and is closed when that place lets go of it:
// - GEN_OWN_LOOP: a generator made by the call that is a `for` header's iterable (the compiler
//   marks that GET_ITER with 1; the CALL sees it next). The loop's iterator slot is the only
//   reference, since nothing can read that slot: POP_ITER (break, return, continue through
//   the loop) and the unwinding of an exception past the loop close it; exhaustion ends it.
// - GEN_OWN_LOCAL: a generator made by a call stored straight into a fast local the compiler
//   found non-escaping (compiler.cpp, mark_owned_locals): every read of the local is one that
//   cannot copy the reference anywhere; or made by the call that is a generator expression's
//   outermost iterable (its `.0`). Rebinding or deleting the local, a normal return of its
//   frame, or a generator's frame ending in GeneratorExit (close()) closes it. (Another
//   exception leaving the frame does not: CPython's traceback keeps the frame's locals alive
//   then, and the collector closes it later.)
// Anything else (a generator returned through another function, passed to one, stored in a
// container) has no owner, and the collector finalizes it as before. The check is exact, not a
// guess, so a generator referenced elsewhere is never closed early; the price is that some
// cases CPython closes promptly (`any(x for x in gen())`) are still closed late.
void gen_finalize(GenObj* g); // generator.cpp: close(), reporting an escaping exception

static inline GenObj* owned_gen(const Value& v, uint8_t how) {
  if (v.tag == Tag::Obj && v.o->kind == Kind::Generator && (static_cast<GenObj*>(v.o)->owner & how))
    return static_cast<GenObj*>(v.o);
  return nullptr;
}

static void close_owned(GenObj* g) {
  g->owner = 0;
  if (g->state == GenState::Suspended)
    gen_finalize(g);
}

// The stack slots [lo, hi) are being discarded (an exception unwinds past them): close the
// loop-owned generators among them. The slots stay on the frame's stack (rooted) meanwhile.
static void drop_loop_iters(Value* lo, Value* hi, ExcObj* pending) {
  bool any = false;
  for (Value* p = lo; p < hi; ++p)
    any |= owned_gen(*p, GEN_OWN_LOOP) != nullptr;
  if (!any)
    return;
  Value root = V(pending);
  RootGuard guard(&root);
  for (Value* p = hi; p-- > lo;)
    if (GenObj* g = owned_gen(*p, GEN_OWN_LOOP))
      close_owned(g);
}

// A local that owned generator g no longer holds it (rebound or deleted; the frame is synced).
// A `for` loop over the local may still hold it on the stack: then the loop becomes its owner.
static void release_local_gen(Frame* f, GenObj* g) {
  int refs = 0;
  for (Value* p = f->stack; p < f->sp; ++p)
    refs += p->tag == Tag::Obj && p->o == g;
  if (refs == 0) {
    Value root = V(g);
    RootGuard guard(&root);
    close_owned(g);
  } else {
    g->owner = refs == 1 ? GEN_OWN_LOOP : 0;
  }
}

// A normal return (or a generator's frame ending in GeneratorExit, generator.cpp): the frame's
// owning locals let go of their generators (in slot order).
void close_owned_locals(Frame* f) {
  for (int32_t s : f->code->owned_slots)
    if (GenObj* g = owned_gen(f->fast[s], GEN_OWN_LOCAL))
      close_owned(g);
}

// The generator a CALL instruction just made by calling generator function fn: take
// ownership when the next instruction is a loop header's GET_ITER 1 or an owning store.
static inline void claim_new_generator(const Value& r, const Value& fn, uint32_t next) {
  if (r.tag != Tag::Obj || r.o->kind != Kind::Generator)
    return;
  GenObj* g = static_cast<GenObj*>(r.o);
  if (g->gkind != GenKind::Generator || g->state != GenState::Created || !g->frame ||
      g->frame->func != fn.o)
    return;
  if (instr_op(next) == OP_GET_ITER && instr_arg(next) == 1)
    g->owner = GEN_OWN_LOOP;
  else if (instr_op(next) == OP_STORE_FAST_OWNED)
    g->owner = GEN_OWN_LOCAL;
  else if (instr_op(next) == OP_GET_ITER && instr_arg(next) == 2)
    g->owner = GEN_OWN_LOCAL; // the argument `.0` of the generator expression called next
}

// ---- inline caches ------------------------------------------------------------------------------
// Cache kinds (AttrCache::kind). A cache entry is valid for one receiver type while the VM's type
// epoch is unchanged; the fast paths below do exactly what attribute.cpp / call.cpp would do for
// that case, and fall back to them for anything else.
enum : uint8_t {
  AC_NONE = 0,       // no fast path
  AC_INST_DICT,      // LOAD_ATTR: user instance, the class attribute (if any) is no data descriptor
  AC_INST_METHOD,    // LOAD_METHOD: user instance, a plain function on the class
  AC_BUILTIN_METHOD, // LOAD_METHOD: builtin object without instance dict, a method descriptor
  AC_INST_STORE,     // STORE_ATTR: user instance, plain store into the instance dict
  AC_NEW_INIT,       // CALL: user class, object.__new__, a plain Python __init__
};

__attribute__((always_inline)) static inline AttrCache& cache_at(CodeObj* co, const uint32_t* ip) {
  if (__builtin_expect(co->acache.empty(), 0))
    co->acache.resize(co->code.size());
  return co->acache[size_t(ip - 1 - co->code.data())];
}

static inline bool is_user_instance(const Value& v) {
  return v.tag == Tag::Obj && v.o->kind == Kind::Instance && !v.o->type->builtin;
}

// A class attribute that takes precedence over the instance dict (property, data descriptor).
static bool is_data_descr(const Value& attr) {
  if (!attr.is_obj())
    return false;
  if (attr.o->kind == Kind::Property)
    return true;
  if (attr.o->kind == Kind::Instance && !attr.o->type->builtin)
    return !lookup_type(attr.o->type, N().__set__).is_null();
  return false;
}

// Inline attribute slots (object.hpp, InstanceObj): the slot of `name` among the set ones, or
// -1; `hint` remembers where it was last time.
static inline int32_t slot_find(InstanceObj* inst, StrObj* name, int32_t& hint) {
  StrObj* const* names = inst->type->slot_names.data();
  if (uint32_t(hint) < inst->nslots && names[hint] == name)
    return hint;
  for (uint32_t k = 0; k < inst->nslots; ++k)
    if (names[k] == name) {
      hint = int32_t(k);
      return hint;
    }
  return -1;
}

// Stores attribute `name` (interned) into an instance in slot mode; false when it does not fit
// (the caller then moves the slots into a dict).
static inline bool slot_store(InstanceObj* inst, StrObj* name, const Value& v, int32_t& hint) {
  int32_t k = slot_find(inst, name, hint);
  if (k >= 0) {
    inst->slots[k] = v;
    return true;
  }
  std::vector<StrObj*>& names = inst->type->slot_names;
  uint32_t n = inst->nslots;
  if (n >= inst->slot_cap || !name->interned)
    return false;
  if (n < names.size()) {
    if (names[n] != name)
      return false; // a different order than the class's other instances: use a dict
  } else {
    names.push_back(name);
  }
  inst->slots[n] = v;
  inst->nslots = n + 1;
  hint = int32_t(n);
  return true;
}

// A new instance of user class cls, with room for the attributes its instances had so far.
static InstanceObj* new_slotted_instance(Heap& heap, TypeObj* cls) {
  constexpr size_t kMinSlots = 4, kMaxSlots = 10; // 10: still a pooled (<= 256 bytes) block
  size_t cap = cls->slot_names.size();
  cap = cap < kMinSlots ? kMinSlots : cap > kMaxSlots ? kMaxSlots : cap;
  InstanceObj* inst = heap.alloc<InstanceObj>(cls, Kind::Instance, cap * sizeof(Value));
  inst->slots = reinterpret_cast<Value*>(inst + 1);
  for (size_t k = 0; k < cap; ++k)
    new (&inst->slots[k]) Value();
  inst->slot_cap = uint32_t(cap);
  return inst;
}

// The value of `name` in dict d (Null if absent), remembering its entry index in hint.
static inline Value dict_lookup_hint(DictObj* d, StrObj* name, int32_t& hint) {
  if (size_t(hint) < d->entries.size()) {
    DictEntry& e = d->entries[size_t(hint)];
    if (e.key.tag == Tag::Obj && e.key.o == name)
      return e.value;
  }
  if (name->hash == -1)
    name->hash = hash_bytes(name->view());
  int32_t ix = dict_find(d, V(name), name->hash);
  if (ix < 0)
    return Value();
  if (d->entries[size_t(ix)].key.o == name)
    hint = ix;
  return d->entries[size_t(ix)].value;
}

static void fill_attr_cache(AttrCache& c, TypeObj* t, StrObj* name, uint64_t epoch, bool method) {
  c.type = t;
  c.epoch = epoch;
  c.attr = lookup_type(t, name);
  c.kind = AC_NONE;
  if (method) {
    if (!t->builtin) {
      if (c.attr.is_obj() && c.attr.o->kind == Kind::Function)
        c.kind = AC_INST_METHOD;
    } else if (c.attr.is_obj() && c.attr.o->kind == Kind::Native &&
               static_cast<NativeObj*>(c.attr.o)->owner) {
      c.kind = AC_BUILTIN_METHOD;
    }
  } else if (!t->builtin && !is_data_descr(c.attr)) {
    c.kind = AC_INST_DICT;
  }
}

static void fill_store_cache(AttrCache& c, TypeObj* t, StrObj* name, uint64_t epoch) {
  c.type = t;
  c.epoch = epoch;
  c.kind = AC_NONE;
  if (t->builtin || t == T().object)
    return;
  if (is_data_descr(lookup_type(t, name)))
    return;
  Value sa = lookup_type(t, N().__setattr__);
  if (!sa.is_null() &&
      !(sa.is_obj() && sa.o->kind == Kind::Native && static_cast<NativeObj*>(sa.o)->owner))
    return;
  c.kind = AC_INST_STORE;
}

// A class whose instances are made by object.__new__ and initialised by a Python __init__.
static void fill_new_cache(AttrCache& c, TypeObj* cls, uint64_t epoch) {
  c.type = cls;
  c.epoch = epoch;
  c.kind = AC_NONE;
  c.attr = Value();
  if (cls->builtin)
    return;
  for (TypeObj* b : cls->mro)
    if (b->builtin && b != T().object)
      return;
  Value newf = lookup_type(cls, N().__new__);
  if (!newf.is_null()) {
    if (!(newf.is_obj() && newf.o->kind == Kind::Native && static_cast<NativeObj*>(newf.o)->owner &&
          static_cast<NativeObj*>(newf.o)->owner->builtin))
      return;
  }
  Value init = lookup_type(cls, N().__init__);
  if (!is_plain_function(init))
    return;
  if (static_cast<FuncObj*>(init.o)->code->flags &
      (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
    return;
  c.attr = init;
  c.kind = AC_NEW_INIT;
}

// ---- the loop -----------------------------------------------------------------------------------
#if (defined(__GNUC__) || defined(__clang__)) && !defined(TULIP_NO_COMPUTED_GOTO)
#define TULIP_COMPUTED_GOTO 1
#else
#define TULIP_COMPUTED_GOTO 0
#endif

struct DispatchTable {
  const void* targets[256];
  DispatchTable(const void* const* ops, int n, const void* bad) {
    for (int i = 0; i < 256; ++i)
      targets[i] = i < n ? ops[i] : bad;
  }
};

// GCC would merge the handlers' identical dispatch tails into one shared indirect jump (cross
// jumping, GCSE), which defeats threaded dispatch: every opcode would then be predicted from
// the same branch. Keep one jump per handler.
#if defined(__GNUC__) && !defined(__clang__) && TULIP_COMPUTED_GOTO
#pragma GCC push_options
#pragma GCC optimize("no-crossjumping", "no-gcse")
#endif
RunStatus VM::run(Frame* entry, Value& result) {
  bool can_preempt = allow_preempt_;
  allow_preempt_ = false;
  Frame* f = entry;
  bool resuming = false;
  if (can_preempt && entry == preempted_entry_) {
    f = top; // the innermost frame of the preempted run
    preempted_entry_ = nullptr;
    resuming = true;
  }
  if (!epoch_hook_) {
    epoch_hook_ = true;
    extra_roots.push_back([this](Heap&) { ++type_epoch; }); // freed classes may be reused
  }
  CodeObj* co = nullptr;
  Value* sp = nullptr;
  const uint32_t* ip = nullptr;
  Value* fast = nullptr;
  const Value* consts = nullptr;
  const TupleObj* kwnames = nullptr;
  ExcObj* pending = pending_throw_;
  bool reraise = false;
  bool thrown_in = pending && !pending_raised_;
  bool raised_at_await = pending && pending_raised_;
  pending_throw_ = nullptr;
  pending_raised_ = false;
  if (depth > recursion_limit + 50 && !pending && !resuming) {
    // a nested run from a native: keep the C++ stack bounded too
    top = entry->back;
    --depth;
    if (!entry->owned_by_gen)
      free_frame(entry);
    raise(T().RecursionError, "maximum recursion depth exceeded");
  }

#if TULIP_COMPUTED_GOTO
  // Threaded dispatch: every handler that ends in DISPATCH() jumps straight to the next one.
  static const void* const kOps[OP__COUNT] = {
#define TULIP_OP_LABEL(name) &&L_##name,
      TULIP_OPCODES(TULIP_OP_LABEL)
#undef TULIP_OP_LABEL
  };
  // One entry per possible opcode byte, so dispatch needs no bounds check.
  static const DispatchTable kTable(kOps, OP__COUNT, &&L_BAD_OPCODE);
  const void* const* kDispatch = kTable.targets;
#define DISPATCH()                                                                                 \
  do {                                                                                             \
    w = *ip++;                                                                                     \
    goto* kDispatch[w & 0xff];                                                                     \
  } while (0)
#else
#pragma GCC diagnostic ignored "-Wunused-label" // the L_ labels are the threaded-dispatch targets
#define DISPATCH() continue
#endif
#define LOAD_FRAME()                                                                               \
  (co = f->code, sp = f->sp, ip = f->ip, fast = f->fast, consts = co->consts.data())
#define SYNC() (f->sp = sp, f->ip = ip)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
// Spends one unit of the budget (backward jumps and calls); preempts when none is left.
#define POLL()                                                                                     \
  if (__builtin_expect(--poll_countdown < 0, 0)) {                                                 \
    SYNC();                                                                                        \
    poll_countdown = kPollInterval;                                                                \
    poll_hook();                                                                                   \
  }
#define CHECK_BUDGET()                                                                             \
  POLL();                                                                                          \
  if (__builtin_expect(budget >= 0, 0)) {                                                          \
    if (budget == 0 && can_preempt) {                                                              \
      SYNC();                                                                                      \
      preempted_entry_ = entry;                                                                    \
      return RunStatus::Preempted;                                                                 \
    }                                                                                              \
    if (budget > 0)                                                                                \
      --budget;                                                                                    \
  }
// Runs `nf` (bound, its caller's state saved) as the next frame of this loop.
#define ENTER_FRAME(nf)                                                                            \
  nf->back = f;                                                                                    \
  f = nf;                                                                                          \
  top = f;                                                                                         \
  ++depth;                                                                                         \
  LOAD_FRAME();                                                                                    \
  CHECK_BUDGET()

  LOAD_FRAME();
  for (;;) {
    try {
      if (pending) {
        ExcObj* e = pending;
        pending = nullptr;
        throw PyError{e};
      }
      for (;;) {
        uint32_t w = *ip++;
// The argument is decoded where a handler uses it (a variable would live in a stack slot).
#define arg (w >> 8)
#if TULIP_COMPUTED_GOTO
        goto* kDispatch[w & 0xff];
#endif
        switch (w & 0xff) {
        L_NOP:
        case OP_NOP:
          break;
        L_POP_TOP:
        case OP_POP_TOP:
          --sp;
          DISPATCH();
        L_POP_ITER:
        case OP_POP_ITER:
          // a `for` loop left early lets go of its iterator
          if (GenObj* g = owned_gen(sp[-1], GEN_OWN_LOOP)) {
            SYNC();
            close_owned(g);
          }
          --sp;
          DISPATCH();
        L_ROT_TWO:
        case OP_ROT_TWO: {
          Value t = sp[-1];
          sp[-1] = sp[-2];
          sp[-2] = t;
          break;
        }
        L_ROT_THREE:
        case OP_ROT_THREE: {
          Value t = sp[-1];
          sp[-1] = sp[-2];
          sp[-2] = sp[-3];
          sp[-3] = t;
          break;
        }
        L_ROT_FOUR:
        case OP_ROT_FOUR: {
          Value t = sp[-1];
          sp[-1] = sp[-2];
          sp[-2] = sp[-3];
          sp[-3] = sp[-4];
          sp[-4] = t;
          break;
        }
        L_SWAP:
        case OP_SWAP: {
          Value t = sp[-1];
          sp[-1] = sp[-int(arg)];
          sp[-int(arg)] = t;
          break;
        }
        L_COPY:
        case OP_COPY: {
          Value t = sp[-int(arg)];
          PUSH(t);
          break;
        }
        L_DUP_TOP:
        case OP_DUP_TOP: {
          Value t = TOP();
          PUSH(t);
          break;
        }
        L_DUP_TOP_TWO:
        case OP_DUP_TOP_TWO: {
          Value a = sp[-2], b = sp[-1];
          PUSH(a);
          PUSH(b);
          break;
        }
        L_LOAD_CONST:
        case OP_LOAD_CONST:
          PUSH(consts[arg]);
          DISPATCH();
        L_LOAD_FAST:
        case OP_LOAD_FAST:
        L_LOAD_FAST_CHECKED:
        case OP_LOAD_FAST_CHECKED: {
          Value v = fast[arg];
          if (v.tag == Tag::Null) {
            SYNC();
            unbound_local(co, int(arg));
          }
          PUSH(v);
          DISPATCH();
        }
        L_STORE_FAST:
        case OP_STORE_FAST:
          fast[arg] = POP();
          DISPATCH();
        L_STORE_FAST_OWNED:
        case OP_STORE_FAST_OWNED: {
          Value old = fast[arg];
          fast[arg] = POP();
          if (GenObj* g = owned_gen(old, GEN_OWN_LOCAL)) {
            SYNC();
            release_local_gen(f, g);
          }
          DISPATCH();
        }
        L_DELETE_FAST:
        case OP_DELETE_FAST: {
          Value old = fast[arg];
          if (old.is_null()) {
            SYNC();
            unbound_local(co, int(arg));
          }
          fast[arg] = Value();
          if (GenObj* g = owned_gen(old, GEN_OWN_LOCAL)) {
            SYNC();
            release_local_gen(f, g);
          }
          break;
        }
        L_LOAD_DEREF:
        case OP_LOAD_DEREF: {
          CellObj* c = static_cast<CellObj*>(fast[size_t(co->nlocals()) + arg].o);
          if (c->v.is_null()) {
            SYNC();
            size_t nc = co->cellvars.size();
            StrObj* n = arg < nc ? co->cellvars[arg] : co->freevars[arg - nc];
            if (arg < nc)
              raisef(T().UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value",
                     n->data());
            raisef(T().NameError,
                   "cannot access free variable '%s' where it is not associated "
                   "with a value in enclosing scope",
                   n->data());
          }
          PUSH(c->v);
          break;
        }
        L_STORE_DEREF:
        case OP_STORE_DEREF:
          static_cast<CellObj*>(fast[size_t(co->nlocals()) + arg].o)->v = POP();
          break;
        L_DELETE_DEREF:
        case OP_DELETE_DEREF:
          static_cast<CellObj*>(fast[size_t(co->nlocals()) + arg].o)->v = Value();
          break;
        L_LOAD_CLOSURE:
        case OP_LOAD_CLOSURE:
          PUSH(fast[size_t(co->nlocals()) + arg]);
          break;
        L_LOAD_CLASSDEREF:
        case OP_LOAD_CLASSDEREF: {
          uint32_t ni = instr_arg(*ip++);
          SYNC();
          Value v = f->locals ? dict_get_str(f->locals, co->names[ni]) : Value();
          if (v.is_null()) {
            CellObj* c = static_cast<CellObj*>(fast[size_t(co->nlocals()) + arg].o);
            v = c->v;
            if (v.is_null())
              name_error(co->names[ni]);
          }
          PUSH(v);
          break;
        }
        L_LOAD_GLOBAL:
        case OP_LOAD_GLOBAL: {
          {
            const GlobalCache& c = co->gcache[arg];
            DictObj* g = f->globals;
            DictObj* d = c.builtin ? builtins : g;
            if (size_t(c.index) < d->entries.size() &&
                (!c.builtin || c.version == g->keys_version)) {
              const DictEntry& e = d->entries[size_t(c.index)];
              if (e.key.tag == Tag::Obj && e.key.o == co->names[arg]) {
                PUSH(e.value);
                DISPATCH();
              }
            }
          }
          SYNC();
          Value v = load_global(f, arg, builtins);
          PUSH(v);
          DISPATCH();
        }
        L_STORE_GLOBAL:
        case OP_STORE_GLOBAL: {
          SYNC();
          Value v = POP();
          dict_set(f->globals, V(co->names[arg]), v);
          break;
        }
        L_DELETE_GLOBAL:
        case OP_DELETE_GLOBAL:
          SYNC();
          if (!dict_del(f->globals, V(co->names[arg])))
            name_error(co->names[arg]);
          break;
        L_LOAD_NAME:
        case OP_LOAD_NAME: {
          SYNC();
          StrObj* n = co->names[arg];
          Value v = f->locals ? dict_get_str(f->locals, n) : Value();
          if (v.is_null())
            v = dict_get_str(f->globals, n);
          if (v.is_null())
            v = dict_get_str(builtins, n);
          if (v.is_null())
            name_error(n);
          PUSH(v);
          break;
        }
        L_STORE_NAME:
        case OP_STORE_NAME: {
          SYNC();
          Value v = POP();
          dict_set(f->locals ? f->locals : f->globals, V(co->names[arg]), v);
          break;
        }
        L_DELETE_NAME:
        case OP_DELETE_NAME:
          SYNC();
          if (!dict_del(f->locals ? f->locals : f->globals, V(co->names[arg])))
            name_error(co->names[arg]);
          break;
        L_LOAD_ATTR:
        case OP_LOAD_ATTR: {
          Value o = TOP();
          if (is_user_instance(o)) {
            AttrCache& c = cache_at(co, ip);
            if (c.type != o.o->type || c.epoch != type_epoch)
              fill_attr_cache(c, o.o->type, co->names[arg], type_epoch, false);
            auto* inst = static_cast<InstanceObj*>(o.o);
            DictObj* d = inst->dict;
            if (c.kind == AC_INST_DICT) {
              if (d) {
                Value v = dict_lookup_hint(d, co->names[arg], c.hint);
                if (!v.is_null()) {
                  TOP() = v;
                  DISPATCH();
                }
              } else if (inst->slots) {
                int32_t k = slot_find(inst, co->names[arg], c.hint);
                if (k >= 0) {
                  TOP() = inst->slots[k];
                  DISPATCH();
                }
              }
            }
          }
          SYNC();
          Value v = getattr(o, co->names[arg]);
          TOP() = v;
          DISPATCH();
        }
        L_STORE_ATTR:
        case OP_STORE_ATTR: {
          Value o = TOP();
          if (is_user_instance(o)) {
            AttrCache& c = cache_at(co, ip);
            if (c.type != o.o->type || c.epoch != type_epoch) {
              SYNC();
              fill_store_cache(c, o.o->type, co->names[arg], type_epoch);
            }
            if (c.kind == AC_INST_STORE) {
              auto* inst = static_cast<InstanceObj*>(o.o);
              StrObj* name = co->names[arg];
              DictObj* d = inst->dict;
              if (!d && inst->slots) {
                if (slot_store(inst, name, sp[-2], c.hint)) {
                  sp -= 2;
                  DISPATCH();
                }
                SYNC();
                d = instance_dict(o, true); // the slots move into a dict
              }
              if (d && size_t(c.hint) < d->entries.size()) {
                DictEntry& e = d->entries[size_t(c.hint)];
                if (e.key.tag == Tag::Obj && e.key.o == name) {
                  e.value = sp[-2];
                  sp -= 2;
                  DISPATCH();
                }
              }
              SYNC();
              if (!d) {
                d = inst->dict = new_dict();
                d->entries.reserve(4);
              }
              dict_set(d, V(name), sp[-2]);
              if (!d->entries.empty() && d->entries.back().key.tag == Tag::Obj &&
                  d->entries.back().key.o == name)
                c.hint = int32_t(d->entries.size() - 1);
              sp -= 2;
              break;
            }
          }
          SYNC();
          Value obj = POP();
          Value v = POP();
          f->sp = sp + 2;
          setattr(obj, co->names[arg], v);
          break;
        }
        L_DELETE_ATTR:
        case OP_DELETE_ATTR: {
          SYNC();
          Value obj = TOP();
          delattr(obj, co->names[arg]);
          --sp;
          break;
        }
        L_LOAD_METHOD:
        case OP_LOAD_METHOD: {
          Value o = TOP();
          if (o.tag == Tag::Obj) {
            Kind k = o.o->kind;
            if (k == Kind::Instance ||
                (k != Kind::Type && k != Kind::Module && k != Kind::Super && k != Kind::Function &&
                 k != Kind::Exception && o.o->type->builtin)) {
              AttrCache& c = cache_at(co, ip);
              if (c.type != o.o->type || c.epoch != type_epoch) {
                SYNC();
                fill_attr_cache(c, o.o->type, co->names[arg], type_epoch, true);
              }
              if (c.kind == AC_BUILTIN_METHOD && k != Kind::Instance) {
                TOP() = c.attr;
                PUSH(o);
                DISPATCH();
              }
              if (c.kind == AC_INST_METHOD && k == Kind::Instance) {
                auto* inst = static_cast<InstanceObj*>(o.o);
                DictObj* d = inst->dict;
                StrObj* name = co->names[arg];
                int32_t shadow = -1;
                bool shadowed;
                if (!d) {
                  shadowed = inst->slots && slot_find(inst, name, shadow) >= 0;
                } else {
                  if (name->hash == -1)
                    name->hash = hash_bytes(name->view());
                  shadowed = dict_find(d, V(name), name->hash) >= 0;
                }
                if (!shadowed) {
                  TOP() = c.attr;
                  PUSH(o);
                  DISPATCH();
                }
              }
            }
          }
          SYNC();
          Value self;
          Value m = get_method(TOP(), co->names[arg], &self);
          TOP() = m;
          PUSH(self);
          DISPATCH();
        }
        L_KW_NAMES:
        case OP_KW_NAMES:
          kwnames = static_cast<const TupleObj*>(consts[arg].o);
          break;
        L_CALL_METHOD:
        case OP_CALL_METHOD:
        L_CALL:
        case OP_CALL: {
          int n = int(arg);
          Value* args = sp - n;
          Value callable;
          Value* base; // the first stack slot the call consumes
          if ((w & 0xff) == OP_CALL_METHOD) {
            if (args[-1].is_null()) {
              callable = args[-2];
            } else {
              callable = args[-2];
              --args;
              ++n;
            }
            base = sp - int(arg) - 2;
          } else {
            callable = args[-1];
            base = args - 1;
            if (callable.tag == Tag::Obj && callable.o->kind == Kind::BoundMethod) {
              auto* bm = static_cast<BoundMethodObj*>(callable.o);
              args[-1] = bm->self;
              callable = bm->func;
              --args;
              ++n;
            }
          }
          Kw kw;
          if (kwnames) {
            kw.n = int(kwnames->items.size());
            kw.names = kwnames->items.data();
            kw.vals = sp - kw.n;
            n -= kw.n;
            kwnames = nullptr;
          }
          bool init_call = false;
          if (callable.tag == Tag::Obj && callable.o->kind == Kind::Type && (w & 0xff) == OP_CALL) {
            // instance creation: object.__new__ here, then __init__ runs as a frame of this loop
            TypeObj* cls = static_cast<TypeObj*>(callable.o);
            AttrCache& c = cache_at(co, ip);
            if (c.type != cls || c.epoch != type_epoch) {
              SYNC();
              fill_new_cache(c, cls, type_epoch);
            }
            if (c.kind == AC_NEW_INIT) {
              SYNC();
              InstanceObj* inst = new_slotted_instance(heap, cls);
              args[-1] = V(inst); // self, in the callable's slot: kept there as the call's result
              callable = c.attr;
              --args;
              ++n;
              init_call = true;
            }
          }
          if (is_plain_function(callable)) {
            FuncObj* fn = static_cast<FuncObj*>(callable.o);
            CodeObj* fco = fn->code;
            if (!(fco->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
              f->sp = sp;
              f->ip = ip;
              if (heap.should_collect() && native_depth == 0)
                collect();
              if (depth >= recursion_limit)
                raise(T().RecursionError, "maximum recursion depth exceeded");
              Frame* nf = new_bound_frame(fn, args, n, kw);
              sp = init_call ? base + 1 : base;
              f->sp = sp;
              nf->init_call = init_call;
              ENTER_FRAME(nf);
              DISPATCH();
            }
          }
          SYNC();
          Value r = call(callable, args, n, kw);
          if (is_plain_function(callable))
            claim_new_generator(r, callable, *ip);
          sp = base;
          PUSH(r);
          DISPATCH();
        }
        L_CALL_EX:
        case OP_CALL_EX: {
          SYNC();
          Value kwargs = (arg & CE_KWARGS) ? POP() : Value();
          Value argt = POP();
          Value callable = POP();
          f->sp = sp + 3 - ((arg & CE_KWARGS) ? 0 : 1);
          auto& pos = cast<TupleObj>(argt)->items;
          std::vector<Value> names, vals;
          if (!kwargs.is_null()) {
            for (auto& e : cast<DictObj>(kwargs)->entries) {
              if (e.key.is_null())
                continue;
              names.push_back(e.key);
              vals.push_back(e.value);
            }
          }
          Kw kw;
          kw.n = int(names.size());
          kw.names = names.data();
          kw.vals = vals.data();
          std::vector<Value> all(pos.begin(), pos.end());
          if (callable.tag == Tag::Obj && callable.o->kind == Kind::BoundMethod) {
            all.insert(all.begin(), static_cast<BoundMethodObj*>(callable.o)->self);
            callable = static_cast<BoundMethodObj*>(callable.o)->func;
          }
          // A Python function runs as a frame of this loop, as with CALL, so that it stays
          // preemptible: a green thread's f(*args) can give up its turn.
          if (is_plain_function(callable) &&
              !(static_cast<FuncObj*>(callable.o)->code->flags &
                (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
            FuncObj* fn = static_cast<FuncObj*>(callable.o);
            // No collection here: `all` holds the arguments outside any root until bound.
            if (depth >= recursion_limit)
              raise(T().RecursionError, "maximum recursion depth exceeded");
            Frame* nf = new_bound_frame(fn, all.data(), int(all.size()), kw);
            f->sp = sp; // the result goes where the callable was
            ENTER_FRAME(nf);
            break;
          }
          Value r = call(callable, all.data(), int(all.size()), kw);
          PUSH(r);
          break;
        }
        L_BINARY_OP:
        case OP_BINARY_OP: {
          Value b = sp[-1], a = sp[-2];
          if (a.tag == Tag::Int && b.tag == Tag::Int) {
            int64_t r;
            switch (arg & 15) {
            case BIN_ADD:
              if (!__builtin_add_overflow(a.i, b.i, &r)) {
                --sp;
                sp[-1] = Int(r);
                DISPATCH();
              }
              break;
            case BIN_SUB:
              if (!__builtin_sub_overflow(a.i, b.i, &r)) {
                --sp;
                sp[-1] = Int(r);
                DISPATCH();
              }
              break;
            case BIN_MUL:
              if (!__builtin_mul_overflow(a.i, b.i, &r)) {
                --sp;
                sp[-1] = Int(r);
                DISPATCH();
              }
              break;
            case BIN_MOD:
              if (b.i > 0 && a.i >= 0) {
                --sp;
                sp[-1] = Int(a.i % b.i);
                DISPATCH();
              }
              break;
            case BIN_FLOORDIV:
              if (b.i > 0 && a.i >= 0) {
                --sp;
                sp[-1] = Int(a.i / b.i);
                DISPATCH();
              }
              break;
            default:
              break;
            }
          } else if (a.tag == Tag::Float && b.tag == Tag::Float) {
            switch (arg & 15) {
            case BIN_ADD:
              --sp;
              sp[-1] = Float(a.f + b.f);
              DISPATCH();
            case BIN_SUB:
              --sp;
              sp[-1] = Float(a.f - b.f);
              DISPATCH();
            case BIN_MUL:
              --sp;
              sp[-1] = Float(a.f * b.f);
              DISPATCH();
            default:
              break;
            }
          }
          SYNC();
          Value r = binary_op(a, b, int(arg));
          --sp;
          sp[-1] = r;
          DISPATCH();
        }
        L_UNARY_NEG:
        case OP_UNARY_NEG: {
          SYNC();
          TOP() = unary_neg(TOP());
          break;
        }
        L_UNARY_POS:
        case OP_UNARY_POS:
          SYNC();
          TOP() = unary_pos(TOP());
          break;
        L_UNARY_INVERT:
        case OP_UNARY_INVERT:
          SYNC();
          TOP() = unary_invert(TOP());
          break;
        L_UNARY_NOT:
        case OP_UNARY_NOT: {
          Value v = TOP();
          if (v.tag == Tag::Bool) {
            TOP() = Bool(!v.b);
            break;
          }
          SYNC();
          TOP() = Bool(!truthy(v));
          break;
        }
        L_COMPARE_OP:
        case OP_COMPARE_OP: {
          Value b = sp[-1], a = sp[-2];
          if (a.tag == Tag::Int && b.tag == Tag::Int) {
            bool r;
            switch (arg) {
            case CMP_LT:
              r = a.i < b.i;
              break;
            case CMP_LE:
              r = a.i <= b.i;
              break;
            case CMP_EQ:
              r = a.i == b.i;
              break;
            case CMP_NE:
              r = a.i != b.i;
              break;
            case CMP_GT:
              r = a.i > b.i;
              break;
            default:
              r = a.i >= b.i;
              break;
            }
            --sp;
            sp[-1] = Bool(r);
            DISPATCH();
          }
          SYNC();
          Value r = compare(a, b, int(arg));
          --sp;
          sp[-1] = r;
          DISPATCH();
        }
        L_IS_OP:
        case OP_IS_OP: {
          Value b = POP();
          bool r = TOP().same(b);
          if (TOP().tag == Tag::Float && b.tag == Tag::Float)
            r = std::memcmp(&TOP().f, &b.f, sizeof(double)) == 0;
          TOP() = Bool(arg ? !r : r);
          break;
        }
        L_CONTAINS_OP:
        case OP_CONTAINS_OP: {
          SYNC();
          bool r = contains(sp[-1], sp[-2]);
          --sp;
          sp[-1] = Bool(arg ? !r : r);
          break;
        }
        L_BINARY_SUBSCR:
        case OP_BINARY_SUBSCR: {
          Value k = sp[-1], o = sp[-2];
          if (k.tag == Tag::Int && o.tag == Tag::Obj && o.o->kind == Kind::List &&
              o.o->type == types.list) {
            auto& items = static_cast<ListObj*>(o.o)->items;
            int64_t i = k.i < 0 ? k.i + int64_t(items.size()) : k.i;
            if (i >= 0 && i < int64_t(items.size())) {
              --sp;
              sp[-1] = items[size_t(i)];
              DISPATCH();
            }
          }
          SYNC();
          Value r = getitem(o, k);
          --sp;
          sp[-1] = r;
          break;
        }
        L_STORE_SUBSCR:
        case OP_STORE_SUBSCR: {
          SYNC();
          setitem(sp[-2], sp[-1], sp[-3]);
          sp -= 3;
          break;
        }
        L_DELETE_SUBSCR:
        case OP_DELETE_SUBSCR: {
          SYNC();
          delitem(sp[-2], sp[-1]);
          sp -= 2;
          break;
        }
        L_BUILD_SLICE:
        case OP_BUILD_SLICE: {
          SYNC();
          SliceObj* s = heap.alloc<SliceObj>(types.slice, Kind::Slice);
          if (arg == 3) {
            s->step = POP();
          } else {
            s->step = None();
          }
          s->stop = POP();
          s->start = POP();
          PUSH(V(s));
          break;
        }
        L_BUILD_TUPLE:
        case OP_BUILD_TUPLE: {
          SYNC();
          TupleObj* t = new_tuple(size_t(arg));
          std::copy(sp - arg, sp, t->items.begin());
          sp -= arg;
          PUSH(V(t));
          break;
        }
        L_BUILD_LIST:
        case OP_BUILD_LIST: {
          SYNC();
          ListObj* l = new_list(size_t(arg));
          std::copy(sp - arg, sp, l->items.begin());
          sp -= arg;
          PUSH(V(l));
          break;
        }
        L_BUILD_SET:
        case OP_BUILD_SET: {
          SYNC();
          SetObj* s = new_set();
          for (uint32_t i = 0; i < arg; ++i)
            set_add(s, sp[int(i) - int(arg)]);
          sp -= arg;
          PUSH(V(s));
          break;
        }
        L_BUILD_MAP:
        case OP_BUILD_MAP: {
          SYNC();
          DictObj* d = new_dict();
          for (uint32_t i = 0; i < arg; ++i)
            dict_set(d, sp[2 * (int(i) - int(arg))], sp[2 * (int(i) - int(arg)) + 1]);
          sp -= 2 * arg;
          PUSH(V(d));
          break;
        }
        L_BUILD_STRING:
        case OP_BUILD_STRING: {
          SYNC();
          size_t total = 0;
          for (uint32_t i = 0; i < arg; ++i)
            total += cast<StrObj>(sp[int(i) - int(arg)])->len;
          std::string s;
          s.reserve(total);
          for (uint32_t i = 0; i < arg; ++i)
            s.append(sv(sp[int(i) - int(arg)]));
          sp -= arg;
          PUSH(str_val(s));
          break;
        }
        L_LIST_APPEND:
        case OP_LIST_APPEND: {
          Value v = POP();
          cast<ListObj>(PEEK(int(arg)))->items.push_back(v);
          break;
        }
        L_SET_ADD:
        case OP_SET_ADD: {
          SYNC();
          Value v = POP();
          set_add(cast<SetObj>(PEEK(int(arg))), v);
          break;
        }
        L_MAP_ADD:
        case OP_MAP_ADD: {
          SYNC();
          Value v = POP();
          Value k = POP();
          dict_set(cast<DictObj>(PEEK(int(arg))), k, v);
          break;
        }
        L_LIST_EXTEND:
        case OP_LIST_EXTEND: {
          SYNC();
          Value v = TOP();
          ListObj* l = cast<ListObj>(PEEK(int(arg) + 1));
          if (!is_list(v) && !is_tuple(v) &&
              !(v.is_obj() && (v.o->kind == Kind::Iter || v.o->kind == Kind::Generator)) &&
              lookup_type(type_of(v), N().__iter__).is_null() && !v.is_obj())
            type_errorf("Value after * must be an iterable, not %s", type_name(v));
          try {
            for (auto& x : to_vector(v))
              l->items.push_back(x);
          } catch (PyError& e) {
            if (exc_matches(e.exc, types.TypeError) &&
                exc_message(e.exc).find("is not iterable") != std::string::npos)
              type_errorf("Value after * must be an iterable, not %s", type_name(v));
            throw;
          }
          --sp;
          break;
        }
        L_SET_UPDATE:
        case OP_SET_UPDATE: {
          SYNC();
          set_update(cast<SetObj>(PEEK(int(arg) + 1)), TOP());
          --sp;
          break;
        }
        L_DICT_UPDATE:
        case OP_DICT_UPDATE: {
          SYNC();
          Value v = TOP();
          if (!is_dict(v) && (lookup_type(type_of(v), N().keys).is_null()))
            type_errorf("'%s' object is not a mapping", type_name(v));
          dict_update(cast<DictObj>(PEEK(int(arg) + 1)), v);
          --sp;
          break;
        }
        L_DICT_MERGE:
        case OP_DICT_MERGE: {
          SYNC();
          Value v = TOP();
          DictObj* d = cast<DictObj>(PEEK(int(arg) + 1));
          if (!is_dict(v) && lookup_type(type_of(v), N().keys).is_null()) {
            Value fnv = PEEK(int(arg) + 3);
            type_errorf("%s() argument after ** must be a mapping, not %s",
                        func_repr_name(fnv).c_str(), type_name(v));
          }
          DictObj* src = new_dict();
          dict_update(src, v);
          for (auto& e : src->entries) {
            if (e.key.is_null())
              continue;
            if (!dict_get(d, e.key).is_null()) {
              Value fnv = PEEK(int(arg) + 3);
              type_errorf("%s() got multiple values for keyword argument '%s'",
                          func_repr_name(fnv).c_str(), to_str(e.key).c_str());
            }
            dict_set(d, e.key, e.value);
          }
          --sp;
          break;
        }
        L_LIST_TO_TUPLE:
        case OP_LIST_TO_TUPLE: {
          SYNC();
          TOP() = V(new_tuple(cast<ListObj>(TOP())->items));
          break;
        }
        L_FORMAT_VALUE:
        case OP_FORMAT_VALUE: {
          SYNC();
          Value spec = (arg & FV_SPEC) ? POP() : Value();
          Value v = TOP();
          f->sp = sp + ((arg & FV_SPEC) ? 1 : 0);
          TOP() = format_with_conversion(v, int(arg & 3), spec);
          break;
        }
        L_UNPACK_SEQUENCE:
        case OP_UNPACK_SEQUENCE: {
          SYNC();
          Value seq = TOP();
          if (is_tuple(seq) && cast<TupleObj>(seq)->items.size() == arg) {
            auto& it = cast<TupleObj>(seq)->items;
            --sp;
            for (uint32_t i = arg; i-- > 0;)
              PUSH(it[i]);
            break;
          }
          if (is_list(seq) && cast<ListObj>(seq)->items.size() == arg) {
            auto& it = cast<ListObj>(seq)->items;
            --sp;
            for (uint32_t i = arg; i-- > 0;)
              PUSH(it[i]);
            break;
          }
          unpack_into(seq, int(arg), 0, false, sp - 1);
          sp += int(arg) - 1;
          break;
        }
        L_UNPACK_EX:
        case OP_UNPACK_EX: {
          SYNC();
          Value seq = TOP();
          int before = int(arg & 0xff), after = int(arg >> 8);
          unpack_into(seq, before, after, true, sp - 1);
          sp += before + after;
          break;
        }
        L_JUMP:
        case OP_JUMP: {
          const uint32_t* target = co->code.data() + arg;
          if (target <= ip) {
            POLL();
            if (__builtin_expect(budget >= 0, 0)) {
              if (budget == 0 && can_preempt) {
                // stop before the jump: resuming executes it (and spends a unit then)
                f->sp = sp;
                f->ip = ip - 1;
                preempted_entry_ = entry;
                return RunStatus::Preempted;
              }
              if (budget > 0)
                --budget;
            }
            ip = target;
            if (heap.should_collect() && native_depth == 0) {
              SYNC();
              collect();
            }
            DISPATCH();
          }
          ip = target;
          DISPATCH();
        }
        L_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_FALSE: {
          Value v = POP();
          bool t;
          if (v.tag == Tag::Bool)
            t = v.b;
          else {
            SYNC();
            t = truthy(v);
          }
          if (!t)
            ip = co->code.data() + arg;
          DISPATCH();
        }
        L_POP_JUMP_IF_TRUE:
        case OP_POP_JUMP_IF_TRUE: {
          Value v = POP();
          bool t;
          if (v.tag == Tag::Bool)
            t = v.b;
          else {
            SYNC();
            t = truthy(v);
          }
          if (t)
            ip = co->code.data() + arg;
          DISPATCH();
        }
        L_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_FALSE_OR_POP: {
          SYNC();
          if (!truthy(TOP()))
            ip = co->code.data() + arg;
          else
            --sp;
          break;
        }
        L_JUMP_IF_TRUE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: {
          SYNC();
          if (truthy(TOP()))
            ip = co->code.data() + arg;
          else
            --sp;
          break;
        }
        L_GET_ITER:
        case OP_GET_ITER: {
          SYNC();
          TOP() = get_iter(TOP());
          break;
        }
        L_FOR_ITER:
        case OP_FOR_ITER: {
          Value it = TOP();
          Value x;
          bool more;
          if (it.tag == Tag::Obj && it.o->kind == Kind::Iter && static_cast<IterObj*>(it.o)->next) {
            IterObj* io = static_cast<IterObj*>(it.o);
            SYNC();
            more = io->next(io, x);
          } else {
            SYNC();
            more = next(it, x);
          }
          if (more) {
            PUSH(x);
          } else {
            --sp;
            ip = co->code.data() + arg;
          }
          DISPATCH();
        }
        L_SETUP_FINALLY:
        case OP_SETUP_FINALLY: {
          Block& b = f->blocks[f->nblocks++];
          b.handler = arg;
          b.level = uint32_t(sp - f->stack);
          break;
        }
        L_SETUP_WITH:
        case OP_SETUP_WITH: {
          Block& b = f->blocks[f->nblocks++];
          b.handler = arg;
          b.level = uint32_t(sp - f->stack) - 1;
          break;
        }
        L_POP_BLOCK:
        case OP_POP_BLOCK:
          --f->nblocks;
          break;
        L_PUSH_EXC_INFO:
        case OP_PUSH_EXC_INFO: {
          Value exc = POP();
          PUSH(cur_exc.is_null() ? None() : cur_exc);
          PUSH(exc);
          cur_exc = exc;
          break;
        }
        L_POP_EXCEPT:
        case OP_POP_EXCEPT: {
          Value prev = POP();
          cur_exc = prev.is_none() ? Value() : prev;
          break;
        }
        L_CHECK_EXC_MATCH:
        case OP_CHECK_EXC_MATCH: {
          SYNC();
          Value type = POP();
          bool m = exc_matches_value(cast<ExcObj>(TOP()), type);
          PUSH(Bool(m));
          break;
        }
        L_RERAISE:
        case OP_RERAISE: {
          SYNC();
          reraise = true;
          throw PyError{cast<ExcObj>(TOP())};
        }
        L_POP_EXCEPT_RERAISE:
        case OP_POP_EXCEPT_RERAISE: {
          Value exc2 = POP();
          --sp; // the exception being handled
          Value prev = POP();
          cur_exc = prev.is_none() ? Value() : prev;
          SYNC();
          reraise = true;
          throw PyError{cast<ExcObj>(exc2)};
        }
        L_RAISE_VARARGS:
        case OP_RAISE_VARARGS: {
          SYNC();
          if (arg == 0) {
            if (cur_exc.is_null())
              raise(types.RuntimeError, "No active exception to reraise");
            reraise = true;
            throw PyError{cast<ExcObj>(cur_exc)};
          }
          Value cause = arg == 2 ? POP() : Value();
          Value excv = POP();
          ExcObj* e = make_raise(excv);
          chain_context(e, cur_exc);
          if (arg == 2) {
            if (cause.is_none()) {
              e->cause = None();
            } else {
              ExcObj* c = make_raise(cause);
              e->cause = V(c);
            }
            e->suppress_context = true;
          }
          throw PyError{e};
        }
        L_LOAD_ASSERTION_ERROR:
        case OP_LOAD_ASSERTION_ERROR:
          PUSH(V(types.AssertionError));
          break;
        L_BEFORE_WITH:
        case OP_BEFORE_WITH: {
          SYNC();
          Value exit;
          Value r = with_enter(TOP(), &exit, false);
          TOP() = exit;
          PUSH(r);
          break;
        }
        L_BEFORE_ASYNC_WITH:
        case OP_BEFORE_ASYNC_WITH: {
          SYNC();
          Value exit;
          Value r = with_enter(TOP(), &exit, true);
          TOP() = exit;
          PUSH(r);
          break;
        }
        L_WITH_EXIT:
        case OP_WITH_EXIT: {
          SYNC();
          Value ex = TOP();
          call3(ex, None(), None(), None());
          --sp;
          break;
        }
        L_ASYNC_WITH_EXIT:
        case OP_ASYNC_WITH_EXIT: {
          SYNC();
          Value ex = TOP();
          TOP() = call3(ex, None(), None(), None());
          TOP() = get_awaitable(TOP());
          break;
        }
        L_WITH_EXCEPT_START:
        case OP_WITH_EXCEPT_START:
        L_ASYNC_WITH_EXCEPT_START:
        case OP_ASYNC_WITH_EXCEPT_START: {
          SYNC();
          Value exc = sp[-1];
          Value ex = sp[-3];
          Value r = call3(ex, V(type_of(exc)), exc, None());
          if ((w & 0xff) == OP_ASYNC_WITH_EXCEPT_START)
            r = get_awaitable(r);
          PUSH(r);
          break;
        }
        L_RETURN_VALUE:
        case OP_RETURN_VALUE: {
          if (__builtin_expect(!co->owned_slots.empty(), 0)) {
            SYNC(); // the return value stays on the stack (rooted) meanwhile
            close_owned_locals(f);
          }
          Value r = POP();
          if (f->is_entry) {
            SYNC();
            result = r;
            top = f->back;
            --depth;
            if (!f->owned_by_gen)
              free_frame(f);
            return RunStatus::Returned;
          }
          Frame* caller = f->back;
          bool init_call = f->init_call;
          free_frame(f);
          --depth;
          f = caller;
          top = f;
          LOAD_FRAME();
          if (init_call) {
            // the new instance is already on the caller's stack
            if (!r.is_none())
              type_errorf("__init__() should return None, not '%s'", type_name(r));
            DISPATCH();
          }
          PUSH(r);
          DISPATCH();
        }
        L_YIELD_VALUE:
        case OP_YIELD_VALUE: {
          Value r = POP();
          SYNC();
          result = r;
          top = f->back;
          --depth;
          return RunStatus::Yielded;
        }
        L_GET_YIELD_FROM_ITER:
        case OP_GET_YIELD_FROM_ITER: {
          SYNC();
          TOP() = yield_from_iter(TOP(), co->flags);
          break;
        }
        L_GET_AWAITABLE:
        case OP_GET_AWAITABLE: {
          SYNC();
          TOP() = get_awaitable(TOP());
          break;
        }
        L_SEND:
        case OP_SEND: {
          SYNC();
          Value v = POP();
          Value it = TOP();
          f->sp = sp + 1;
          Value out;
          bool returned = false;
          send_into(it, v, out, &returned);
          if (returned) {
            if (f->gen)
              f->gen->yieldfrom = Value();
            TOP() = out;
            ip = co->code.data() + arg;
          } else {
            if (f->gen)
              f->gen->yieldfrom = it;
            PUSH(out);
          }
          break;
        }
        L_GET_AITER:
        case OP_GET_AITER: {
          SYNC();
          Value v = TOP();
          Value m = lookup_type(type_of(v), N().__aiter__);
          if (m.is_null())
            type_errorf("'async for' requires an object with __aiter__ method, got %s",
                        type_name(v));
          TOP() = call1(m, v);
          break;
        }
        L_GET_ANEXT:
        case OP_GET_ANEXT: {
          SYNC();
          Value v = TOP();
          Value m = lookup_type(type_of(v), N().__anext__);
          if (m.is_null())
            type_errorf("'async for' received an invalid object from __aiter__: %s", type_name(v));
          Value aw = call1(m, v);
          PUSH(get_awaitable(aw));
          break;
        }
        L_END_ASYNC_FOR:
        case OP_END_ASYNC_FOR: {
          Value exc = POP();
          if (exc_matches(cast<ExcObj>(exc), types.StopAsyncIteration)) {
            --sp; // the async iterator
            break;
          }
          SYNC();
          reraise = true;
          throw PyError{cast<ExcObj>(exc)};
        }
        L_MAKE_FUNCTION:
        case OP_MAKE_FUNCTION: {
          SYNC();
          CodeObj* fc = cast<CodeObj>(POP());
          FuncObj* fn = heap.alloc<FuncObj>(types.function, Kind::Function);
          fn->code = fc;
          fn->globals = f->globals;
          fn->name = fc->name;
          fn->qualname = fc->qualname;
          if (fc->flags & CO_HAS_DOC)
            fn->doc = fc->consts[0];
          fn->module = dict_get_str(f->globals, N().__name__);
          if (arg & MF_CLOSURE)
            fn->closure = cast<TupleObj>(POP());
          if (arg & MF_KWDEFAULTS)
            fn->kwdefaults = cast<DictObj>(POP());
          if (arg & MF_DEFAULTS)
            fn->defaults = cast<TupleObj>(POP());
          PUSH(V(fn));
          break;
        }
        L_BUILD_CLASS:
        case OP_BUILD_CLASS: {
          SYNC();
          int nb = int(arg);
          Value* basep = sp - nb;
          Value r = build_class(basep[-2], basep[-1], basep, nb);
          sp = basep - 2;
          PUSH(r);
          break;
        }
        L_IMPORT_NAME:
        case OP_IMPORT_NAME: {
          SYNC();
          Value m = import_name(co->names[arg & 0x7fffff], (arg >> 23) & 1);
          PUSH(m);
          break;
        }
        L_IMPORT_FROM:
        case OP_IMPORT_FROM: {
          SYNC();
          Value m = TOP();
          StrObj* n = co->names[arg];
          Value v = getattr_opt(m, n);
          if (v.is_null()) {
            std::string mn =
                is_kind(m, Kind::Module) ? std::string(sv(cast<ModuleObj>(m)->name)) : "?";
            raisef(types.ImportError, "cannot import name '%s' from '%s' (unknown location)",
                   n->data(), mn.c_str());
          }
          PUSH(v);
          break;
        }
        L_IMPORT_STAR:
        case OP_IMPORT_STAR: {
          SYNC();
          Value m = POP();
          DictObj* md = cast<ModuleObj>(m)->dict;
          DictObj* target = f->locals ? f->locals : f->globals;
          Value all = dict_get_str(md, N().__all__);
          if (!all.is_null()) {
            for (auto& k : to_vector(all))
              dict_set(target, k, getattr(m, cast<StrObj>(k)));
          } else {
            for (auto& e : md->entries)
              if (!e.key.is_null() && sv(e.key).substr(0, 1) != "_")
                dict_set(target, e.key, e.value);
          }
          break;
        }
        default:
#if TULIP_COMPUTED_GOTO
        L_SETUP_ANNOTATIONS:
        L_RETURN_GENERATOR:
        L_NOT_IMPLEMENTED:
        L_LOAD_BUILD_CLASS:
        L_BAD_OPCODE:
#endif
          SYNC();
          raisef(types.SystemError, "unknown opcode %u", w & 0xff);
        }
      }
    } catch (PyError& err) {
      // Unwind to the innermost handler, frame by frame.
      ExcObj* e = err.exc;
      bool skip_tb = reraise;
      // The exception a native raised (one no frame has seen yet) is chained to the one being
      // handled here, as CPython chains at the raise. A `raise` statement chained already; an
      // exception thrown into a generator has its context from gen_send_ex; one coming back
      // from a call keeps what it got where it was raised. A future's exception raised at an
      // await is chained as result() chains it.
      if (raised_at_await && !e->tb.empty())
        chain_context(e, cur_exc);
      bool chain = !thrown_in && e->tb.empty();
      reraise = false;
      thrown_in = false;
      raised_at_await = false;
      kwnames = nullptr;
      for (;;) {
        if (!skip_tb) {
          e->tb.push_back(TbEntry{f->code, f->line()});
          if (chain && e->context.is_null())
            chain_context(e, cur_exc);
        }
        skip_tb = false;
        chain = false;
        if (f->nblocks > 0) {
          Block b = f->blocks[--f->nblocks];
          drop_loop_iters(f->stack + b.level, f->sp, e);
          f->sp = f->stack + b.level;
          *f->sp++ = V(e);
          f->ip = f->code->code.data() + b.handler;
          LOAD_FRAME();
          break;
        }
        // no handler in this frame
        drop_loop_iters(f->stack, f->sp, e);
        if (f->is_entry) {
          top = f->back;
          --depth;
          if (f->gen && exc_matches(e, types.StopIteration) &&
              f->gen->gkind != GenKind::Generator) {
            // handled by the generator machinery
          }
          if (!f->owned_by_gen)
            free_frame(f);
          throw PyError{e};
        }
        Frame* caller = f->back;
        free_frame(f);
        --depth;
        f = caller;
        top = f;
      }
    }
  }
#undef LOAD_FRAME
#undef SYNC
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef ENTER_FRAME
#undef CHECK_BUDGET
#undef POLL
#undef DISPATCH
#undef arg
}
#if defined(__GNUC__) && !defined(__clang__) && TULIP_COMPUTED_GOTO
#pragma GCC pop_options
#endif

} // namespace tulip::lang
